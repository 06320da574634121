/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { scenarioCatalog } from './src/app/catalog/catalog-plugin';
import { contentSecurityPolicy } from './src/app/csp-plugin';
import { VitePWA } from 'vite-plugin-pwa';

const scenariosDir = fileURLToPath(new URL('./scenarios', import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    scenarioCatalog(scenariosDir),
    contentSecurityPolicy(),
    // Works offline after the first visit: every file, all bundled scenarios included, is cached by a
    // service worker. A new version is offered to the trainee, never forced in the middle of a run.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Tyńda — crisis-communication practice',
        short_name: 'Tyńda',
        description: 'Crisis-communication training simulator for civil servants',
        start_url: '/',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#0b5394',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,png,svg,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: '/index.html',
      },
    }),
  ],
  build: { target: 'es2022' },
  test: {
    environment: 'node',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**'],
    setupFiles: ['test/setup.ts'],
    pool: 'threads',
    // Its ES build imports files without extensions, which only a bundler resolves.
    server: { deps: { inline: ['codemirror-json-schema'] } },
  },
});
