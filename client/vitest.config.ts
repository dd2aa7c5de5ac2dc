import { fileURLToPath } from 'node:url';
import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';

/** The client's test project: Solid's browser build, DOM tests opt in with happy-dom per file. */
export default defineConfig({
  plugins: [solid()],
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { conditions: ['development', 'browser'] },
  test: {
    name: 'client',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
