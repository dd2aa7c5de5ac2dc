import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';

// The Lianban server the dev and preview servers forward /api and /sync to.
const apiTarget = process.env.LIANBAN_API ?? 'http://127.0.0.1:8080';

const proxy = {
  '/api': { target: apiTarget },
  '/sync': { target: apiTarget.replace(/^http/, 'ws'), ws: true },
};

export default defineConfig({
  plugins: [
    solid(),
    VitePWA({
      // Never reload a tab under the user: it may hold edits not yet synced.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: '联办 Lianban',
        short_name: '联办',
        lang: 'zh-CN',
        start_url: '/',
        display: 'standalone',
        background_color: '#f4f5f7',
        theme_color: '#9b1c1c',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/sync\//, /^\/healthz/, /^\/metrics/],
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  resolve: {
    // PouchDB imports Node's `events`; the browser gets a small EventEmitter of ours.
    alias: { events: fileURLToPath(new URL('./src/offline/eventEmitter.ts', import.meta.url)) },
    dedupe: ['yjs', 'lib0', 'y-protocols', 'solid-js'],
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
});
