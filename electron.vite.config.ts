// Builds the three parts of the app: main (Electron shell and the browser-mode server, both
// Node), preload (CommonJS, as a sandboxed preload must be) and the React renderer.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          main: resolve('electron/main.ts'),
          server: resolve('electron/server/cli.ts'),
          // The index's scan runs in a worker thread, which needs a file of its own.
          scanWorker: resolve('electron/core/index/scanWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require anything but `electron`: bundle every dependency.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default; minified it loads faster.
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
    plugins: [react()],
  },
});
