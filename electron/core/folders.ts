// Where customers and meetings are on disk: `customers/<id>/` and
// `customers/<id>/meetings/<meeting-id>.md`. Folders and files made by hand count as long as
// their names are acceptable ids; names that are not, and links leading out of the notebook,
// are left out of lists and reported by notebook.info.
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/contract';
import { isConflictCopy } from './conflicts';
import { checkId, idProblem } from './ids';
import { type NotebookPaths, isMissing, readNames } from './paths';

export interface CustomerFolder {
  /** The id as the API shows it (NFC). */
  id: string;
  /** The folder on disk (its name as stored, maybe NFD). */
  dir: string;
}

export interface MeetingFile {
  meetingId: string;
  file: string;
}

export interface RefusedEntry {
  path: string;
  reason: string;
}

export const CUSTOMER_FILE = 'customer.md';
export const MEETINGS_DIR = 'meetings';

export async function listCustomerFolders(
  paths: NotebookPaths,
): Promise<{ folders: CustomerFolder[]; refused: RefusedEntry[] }> {
  const folders: CustomerFolder[] = [];
  const refused: RefusedEntry[] = [];
  if (!(await isInside(paths, paths.customersDir))) {
    return { folders, refused: [{ path: 'customers', reason: 'The folder leads outside the notebook' }] };
  }
  for (const name of await readNames(paths.customersDir)) {
    const dir = path.join(paths.customersDir, name);
    const kind = await entryKind(paths, dir);
    const rel = paths.rel(dir);
    if (kind === 'outside')
      refused.push({ path: rel, reason: 'The folder is a link leading outside the notebook' });
    else if (kind === 'dir') {
      const problem = idProblem(name.normalize('NFC'));
      if (problem) refused.push({ path: rel, reason: `The folder name cannot be used: ${problem}` });
      else folders.push({ id: name.normalize('NFC'), dir });
    }
  }
  return { folders, refused };
}

export async function findCustomerFolder(paths: NotebookPaths, id: string): Promise<CustomerFolder> {
  const nfc = checkId(id);
  await paths.ensureInside(paths.customersDir, id);
  const name = await paths.findEntry(paths.customersDir, nfc);
  if (name === undefined) throw new ApiError('NOT_FOUND', `No such customer: ${id}`);
  const dir = path.join(paths.customersDir, name);
  await paths.ensureInside(dir, id);
  if (!(await isDirectory(dir))) throw new ApiError('NOT_FOUND', `No such customer: ${id}`);
  return { id: nfc, dir };
}

export async function listMeetingFiles(
  paths: NotebookPaths,
  folder: CustomerFolder,
): Promise<{ files: MeetingFile[]; refused: RefusedEntry[]; conflictCopies: string[] }> {
  const files: MeetingFile[] = [];
  const refused: RefusedEntry[] = [];
  const conflictCopies: string[] = [];
  const dir = path.join(folder.dir, MEETINGS_DIR);
  if (!(await isInside(paths, dir))) {
    return {
      files,
      conflictCopies,
      refused: [{ path: paths.rel(dir), reason: 'The folder leads outside the notebook' }],
    };
  }
  for (const name of await readNames(dir)) {
    if (!name.endsWith('.md')) continue;
    const file = path.join(dir, name);
    if (isConflictCopy(name)) {
      conflictCopies.push(paths.rel(file));
      continue;
    }
    const kind = await entryKind(paths, file);
    if (kind === 'outside')
      refused.push({ path: paths.rel(file), reason: 'The file is a link leading outside the notebook' });
    if (kind !== 'file') continue;
    const meetingId = name.slice(0, -'.md'.length).normalize('NFC');
    const problem = idProblem(meetingId);
    if (problem) refused.push({ path: paths.rel(file), reason: `The file name cannot be used: ${problem}` });
    else files.push({ meetingId, file });
  }
  return { files, refused, conflictCopies };
}

export async function findMeetingFile(
  paths: NotebookPaths,
  customerId: string,
  meetingId: string,
): Promise<{ folder: CustomerFolder; meetingId: string; file: string }> {
  const nfc = checkId(meetingId);
  const folder = await findCustomerFolder(paths, customerId);
  const dir = path.join(folder.dir, MEETINGS_DIR);
  await paths.ensureInside(dir, meetingId);
  const name = await paths.findEntry(dir, `${nfc}.md`);
  if (name === undefined) throw new ApiError('NOT_FOUND', `No such meeting: ${customerId}/${meetingId}`);
  const file = path.join(dir, name);
  await paths.ensureInside(file, meetingId);
  return { folder, meetingId: nfc, file };
}

/** A meeting's date: its `date` field, else the date its file name starts with ('' if none). */
export function meetingDate(meetingId: string, date: string | undefined): string {
  return date ?? /^\d{4}-\d{2}-\d{2}/.exec(meetingId)?.[0] ?? '';
}

/** Conflict copies of customer.md beside it. */
export async function customerConflictCopies(
  paths: NotebookPaths,
  folder: CustomerFolder,
): Promise<string[]> {
  return (await readNames(folder.dir))
    .filter(isConflictCopy)
    .map((name) => paths.rel(path.join(folder.dir, name)));
}

async function entryKind(paths: NotebookPaths, abs: string): Promise<'dir' | 'file' | 'outside' | 'other'> {
  try {
    const info = await lstat(abs);
    if (info.isSymbolicLink()) {
      if (!(await isInside(paths, abs))) return 'outside';
      const target = await stat(abs);
      return target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'other';
    }
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other';
  } catch (error) {
    if (isMissing(error)) return 'other';
    throw error;
  }
}

async function isInside(paths: NotebookPaths, abs: string): Promise<boolean> {
  try {
    await paths.ensureInside(abs, '');
    return true;
  } catch (error) {
    if (error instanceof ApiError) return false;
    throw error;
  }
}

async function isDirectory(abs: string): Promise<boolean> {
  try {
    return (await stat(abs)).isDirectory();
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}
