/// <reference lib="webworker" />
/**
 * Import worker: decodes, parses, validates and plans files, and writes a new map, off the main
 * thread, so a 50 MB spreadsheet does not freeze the page. It lives as long as one import. This
 * file only wires the database and the tab channel to the host (importHost.ts).
 */
// First: zod must be jitless before any schema is built (build/csp.ts forbids eval).
import '../../schema/zodConfig';
import { DB_VERSION, SamspillDb } from '../../persistence/database';
import { createDexieRepository } from '../../persistence/dexieRepository';
import { createTabSync, openChannel } from '../../state/tabSync';
import { createImportHost } from './importHost';
import type { HostReply, HostRequest } from './importProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The page's own store, announced like the page's writes so that other tabs list the new map. */
function openRepo(location: string) {
  const tabs = createTabSync(openChannel(), DB_VERSION);
  const repo = tabs.announce(createDexieRepository(new SamspillDb(location)));
  return {
    ...repo,
    close() {
      repo.close();
      tabs.close();
    },
  };
}

const handle = createImportHost(openRepo, (reply: HostReply) => scope.postMessage(reply));
scope.onmessage = (event: MessageEvent<HostRequest>) => void handle(event.data);
