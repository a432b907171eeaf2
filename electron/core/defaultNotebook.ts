// The default notebook, <Documents>/Prepnote: on first run, a copy of the sample notebook that
// ships with the app (never the copy inside the app itself), or an empty notebook when no sample
// is there. The copy is made in a temp folder beside it and renamed into place, so a crash half
// way never leaves a half-copied notebook that later runs would take as the real one.
import { cp, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { tempFileName } from './tempFiles';
import { exists } from './paths';

export async function ensureDefaultNotebook(notebookPath: string, resourcesDir: string): Promise<string> {
  if (await exists(notebookPath)) return notebookPath;
  const parent = path.dirname(notebookPath);
  await mkdir(parent, { recursive: true });
  const staging = path.join(parent, tempFileName());
  try {
    const sample = path.join(resourcesDir, 'sample');
    if (await isDirectory(sample)) await cp(sample, staging, { recursive: true });
    else await mkdir(staging);
    await mkdir(path.join(staging, 'customers'), { recursive: true });
    await rename(staging, notebookPath);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another instance may have created it at the same moment: that one is as good as ours.
    if (await exists(notebookPath)) return notebookPath;
    throw error;
  }
  return notebookPath;
}

async function isDirectory(abs: string): Promise<boolean> {
  return stat(abs).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
