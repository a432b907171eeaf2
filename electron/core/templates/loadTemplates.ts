// Reading the template folders: the built-ins shipped in `<resources>/templates/<lang>/*.md`
// and the notebook's own `<notebook>/templates/*.md`. A file that cannot be read is skipped
// and reported, never fatal: one broken hand-edited template must not take the others away.
import { readFile, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { LANGUAGES } from '../../../shared/domain/enums';
import { isConflictCopy } from '../conflicts';
import { idProblem } from '../ids';
import { isTempFileName } from '../tempFiles';
import { TemplateFileError, parseTemplateFile } from './templateFile';
import type { LoadedTemplate, TemplateProblem } from './types';

export interface LoadResult {
  templates: LoadedTemplate[];
  problems: TemplateProblem[];
}

export const NOTEBOOK_TEMPLATES_DIR = 'templates';

/** The built-ins of every language; the folder a file sits in decides its language. */
export async function loadBuiltInTemplates(resourcesDir: string): Promise<LoadResult> {
  const result: LoadResult = { templates: [], problems: [] };
  for (const lang of LANGUAGES) {
    const folder = path.join(resourcesDir, 'templates', lang);
    for (const name of await templateFileNames(folder, result, folder)) {
      const file = path.join(folder, name);
      const id = idOf(name);
      const content = await readTemplate(file, id, result, file);
      if (content) result.templates.push({ ...content, lang, id, source: 'built-in', path: file });
    }
  }
  return result;
}

/** The notebook's templates; `lang` as each file states it (absent: serves both languages). */
export async function loadNotebookTemplates(notebookDir: string): Promise<LoadResult> {
  const result: LoadResult = { templates: [], problems: [] };
  const folder = path.join(notebookDir, NOTEBOOK_TEMPLATES_DIR);
  const names = await templateFileNames(folder, result, NOTEBOOK_TEMPLATES_DIR);
  if (names.length === 0) return result;
  const notebookReal = await realpath(notebookDir);
  for (const name of names) {
    const file = path.join(folder, name);
    const shown = `${NOTEBOOK_TEMPLATES_DIR}/${name}`;
    const id = idOf(name);
    const refused = idProblem(id);
    if (refused !== undefined) {
      result.problems.push({ path: shown, reason: `The file name cannot be a template id: ${refused}` });
      continue;
    }
    if (!(await staysInside(file, notebookReal))) {
      result.problems.push({ path: shown, reason: 'The file is a link that leads out of the notebook' });
      continue;
    }
    const content = await readTemplate(file, id, result, shown);
    if (content) result.templates.push({ ...content, id, source: 'notebook', path: file });
  }
  return result;
}

/** The id a file name stands for: the name without `.md`, compared in NFC everywhere. */
export function idOf(fileName: string): string {
  return fileName.replace(/\.md$/i, '').normalize('NFC');
}

/** Markdown files of a folder that can be templates: not hidden, not the app's temp files,
 *  not conflict copies; sorted so the result does not depend on the file system's order. */
async function templateFileNames(folder: string, result: LoadResult, shown: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      result.problems.push({ path: shown, reason: reasonOf(error) });
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => entry.name)
    .filter((name) => /\.md$/i.test(name) && !name.startsWith('.') && !isTempFileName(name))
    .filter((name) => !isConflictCopy(name))
    .sort();
}

async function readTemplate(
  file: string,
  id: string,
  result: LoadResult,
  shown: string,
): Promise<ReturnType<typeof parseTemplateFile> | undefined> {
  try {
    return parseTemplateFile(await readFile(file), id);
  } catch (error) {
    const reason = error instanceof TemplateFileError ? error.message : reasonOf(error);
    result.problems.push({ path: shown, reason });
    return undefined;
  }
}

/** A symbolic link whose real path leads out of the notebook is refused (vault-format.md). */
async function staysInside(file: string, notebookReal: string): Promise<boolean> {
  try {
    const real = await realpath(file);
    return real.startsWith(notebookReal + path.sep);
  } catch {
    return false; // a dangling link: nothing to read
  }
}

function reasonOf(error: unknown): string {
  const err = error as NodeJS.ErrnoException;
  return err.code ? `${err.code}: ${err.message}` : String(err.message ?? error);
}
