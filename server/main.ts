import { ConfigError, readConfig } from './config';
import { startSyncServer } from './syncServer';

/** `npm run server`: the sync server configured from SAMSPILL_* variables (server/README.md). */
async function main(): Promise<void> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`samspill server: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const running = await startSyncServer(config);
  console.log(`Samspill sync server: ${running.url} (data: ${config.dataDir})`);
  if (config.redisUrl) console.log('Scale-out through Redis is on.');
  if (!config.accessKey) {
    // Printed once: whoever runs the server hands it to the people who create shared maps.
    console.log(`SAMSPILL_ACCESS_KEY is not set; generated access key: ${running.accessKey}`);
  }
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await running.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
}

void main();
