/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { scenarioCatalog } from './src/app/catalog/catalog-plugin';
import { contentSecurityPolicy } from './src/app/csp-plugin';

const scenariosDir = fileURLToPath(new URL('./scenarios', import.meta.url));

export default defineConfig({
  plugins: [react(), scenarioCatalog(scenariosDir), contentSecurityPolicy()],
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
