/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY_HEADER, contentSecurityPolicy } from './build/csp.js';

/**
 * Offline after the first visit (docs/architecture.md): the service worker precaches every built
 * file, the lazily loaded export, import and analysis chunks and the layout worker included, so
 * that nothing the app can load later needs the network. `prompt`: a new version waits until the
 * user chooses to reload (after a save), never a silent reload over unsaved edits.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  strategies: 'generateSW',
  includeAssets: ['favicon.svg', 'icons/*.png'],
  manifest: {
    name: 'Samspill – partnerkart for kulturskolen',
    short_name: 'Samspill',
    description:
      'Kartlegg kulturskolens samarbeidspartnere, finn samarbeidene som mangler og lag lysbilder av kartet. Alt lagres i nettleseren.',
    lang: 'nb',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    // styles.css :root: --panel for the title bar beside the white top bar, --bg for the splash.
    theme_color: '#ffffff',
    background_color: '#f6f6f8',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,json,svg,png,woff2,ico,webmanifest}'],
    // The main chunk is about 1 MB and jsPDF about 400 kB; every file must fit.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    navigateFallback: 'index.html',
    // The participant page is its own document, never the app's shell.
    navigateFallbackDenylist: [/\/p\/(?:index\.html)?(?:[?#]|$)/],
    cleanupOutdatedCaches: true,
  },
  // In `npm start` a service worker would serve stale modules: none in development.
  devOptions: { enabled: false },
});

/**
 * The participant page is not the installable app: "Add to home screen" there must not install the
 * editor, so the manifest link vite-plugin-pwa adds to every page is taken out of p/index.html.
 */
const participantWithoutManifest: Plugin = {
  name: 'samspill:participant-without-manifest',
  enforce: 'post',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) =>
      ctx.path.endsWith('p/index.html') ? html.replace(/<link rel="manifest"[^>]*>/, '') : html,
  },
};

export default defineConfig({
  plugins: [react(), pwa, contentSecurityPolicy(), participantWithoutManifest],
  server: { host: '127.0.0.1', port: 5173 },
  // The built app is previewed (and tested end to end) under its policy as a header as well.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER },
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The participant page (p/, docs/sharing.md) is a page of its own: a phone loads only it.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        participant: fileURLToPath(new URL('p/index.html', import.meta.url)),
      },
    },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Several tests parse or write whole files for 1–2 s here; CI machines are noisier.
    testTimeout: 30_000,
  },
});
