// `npm run bench`: builds the index benchmark (electron/core/index/bench.ts) and its scan
// worker with Vite into out/bench/, then runs it in plain Node. It builds on its own instead
// of through the app's electron-vite build so that it depends only on the index module.
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out', 'bench');

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: {
        bench: path.join(root, 'electron/core/index/bench.ts'),
        scanWorker: path.join(root, 'electron/core/index/scanWorker.ts'),
      },
      external: [
        ...builtinModules,
        ...builtinModules.map((name) => `node:${name}`),
        'better-sqlite3',
        'js-yaml',
      ],
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

const run = spawnSync(
  process.execPath,
  ['--expose-gc', path.join(outDir, 'bench.js'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    cwd: root,
  },
);
process.exit(run.status ?? 1);
