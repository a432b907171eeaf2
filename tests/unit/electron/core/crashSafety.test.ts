// A child process saves files in a loop with the app's atomic write and is killed (SIGKILL) at
// random moments, many times: every file must always be whole, old or new, never a mix.
import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { removeStaleTempFiles } from '../../../../electron/core/tempCleanup';
import { isTempFileName } from '../../../../electron/core/tempFiles';
import { tempDir } from './support/fixtureNotebook';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const FILES = 3;
const ROUNDS = 30;

/** A note whose completeness can be checked: its sequence number is at both ends. */
function content(seq: number, file: number): string {
  const lines = Array.from({ length: 3000 }, (_, i) => `- line ${i} of save ${seq} of file ${file}`);
  return `---\nseq: ${seq}\nfile: ${file}\n---\n${lines.join('\n')}\nEND ${seq}\n`;
}

function isWhole(text: string, file: number): boolean {
  const seq = /^---\nseq: (\d+)\n/.exec(text)?.[1];
  return seq !== undefined && text === content(Number(seq), file);
}

const CHILD = `
import path from 'node:path';
import { writeFileAtomic } from './atomicWrite.mjs';
${content.toString()}
const [dir, start] = process.argv.slice(2);
let seq = Number(start);
process.stdout.write('ready\\n');
for (;;) {
  seq++;
  for (let file = 0; file < ${FILES}; file++) await writeFileAtomic(path.join(dir, 'f' + file + '.md'), content(seq, file));
}
`;

async function buildChild(dir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: REPO,
    build: {
      ssr: path.join(REPO, 'electron/core/atomicWrite.ts'),
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'atomicWrite.mjs' } },
    },
  });
  const child = path.join(dir, 'child.mjs');
  await writeFile(child, CHILD);
  return child;
}

function runAndKill(child: string, notes: string, start: number, killAfterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, notes, String(start)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    proc.on('error', reject);
    proc.on('exit', () => resolve());
    proc.stdout.once('data', () => setTimeout(() => proc.kill('SIGKILL'), killAfterMs));
  });
}

describe('atomic writes under SIGKILL', () => {
  it(
    `leaves every file whole after ${ROUNDS} kills in the middle of a stream of saves`,
    { timeout: 120_000 },
    async () => {
      const base = await tempDir();
      const child = await buildChild(path.join(base, 'build'));
      const notes = path.join(base, 'notes');
      await mkdir(notes);
      for (let file = 0; file < FILES; file++)
        await writeFile(path.join(notes, `f${file}.md`), content(0, file));

      for (let round = 0; round < ROUNDS; round++) {
        await runAndKill(child, notes, round * 1_000_000, 5 + Math.floor(Math.random() * 80));
        for (let file = 0; file < FILES; file++) {
          const text = await readFile(path.join(notes, `f${file}.md`), 'utf8');
          expect(isWhole(text, file), `round ${round}, file ${file}`).toBe(true);
        }
      }

      // The child really was saving when it was killed.
      expect(
        Number(/seq: (\d+)/.exec(await readFile(path.join(notes, 'f0.md'), 'utf8'))?.[1]),
      ).toBeGreaterThan(0);

      // What a kill leaves behind is only the app's temp files, which the next open removes.
      const leftovers = (await readdir(notes)).filter((name) => !/^f\d\.md$/.test(name));
      expect(leftovers.every(isTempFileName)).toBe(true);
      await removeStaleTempFiles(notes, Date.now() + 10 * 60 * 1000);
      expect((await readdir(notes)).sort()).toEqual(['f0.md', 'f1.md', 'f2.md']);
    },
  );
});
