import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type PreviewServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

/** Serves the production build (building it first if needed) on 127.0.0.1. */
export async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  // E2E_OUT_DIR lets two checkouts' worth of work (or two agents) test separate builds at once.
  const outDir = process.env.E2E_OUT_DIR ?? 'dist';
  if (!existsSync(resolve(root, outDir, 'index.html')) || process.env.E2E_REBUILD) {
    // Vitest sets NODE_ENV=test, which would build React's development bundle and leave the
    // service worker out: build as `npm run build` does.
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root,
        mode: 'production',
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = env;
    }
  }
  server = await preview({
    root,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  project.provide('baseURL', url);
}

export async function teardown() {
  await server?.close();
}
