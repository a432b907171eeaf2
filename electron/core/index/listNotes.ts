// Lists the note files of a notebook with their modification time and size, synchronously
// (the scan runs in a worker thread, where many small async calls only add overhead). Only
// real folders and files are followed: a symbolic link could lead out of the notebook.
import { type Dirent, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { FileStamp } from './indexWriter';
import { classifyNotePath, isNoteFileName } from './notePaths';

export interface ListedFile extends FileStamp {
  path: string;
}

function entries(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isRealFolder(folder: string): boolean {
  try {
    return lstatSync(folder).isDirectory();
  } catch {
    return false;
  }
}

function stamp(notebookPath: string, relPath: string): ListedFile | undefined {
  try {
    // lstat: a symbolic link is not followed (it could lead out of the notebook).
    const st = lstatSync(path.join(notebookPath, relPath));
    return st.isFile() ? { path: relPath, mtime: st.mtimeMs, size: st.size } : undefined;
  } catch {
    return undefined;
  }
}

function listCustomer(
  notebookPath: string,
  name: string,
  customers: ListedFile[],
  meetings: ListedFile[],
): void {
  // customer.md by name and the meetings folder by listing: one directory read per customer
  // instead of two (a warm start lists 2,000 customer folders).
  const folder = `customers/${name}`;
  const customer = stamp(notebookPath, `${folder}/customer.md`);
  if (customer) customers.push(customer);
  for (const meeting of entries(path.join(notebookPath, folder, 'meetings'))) {
    if (!meeting.isFile() || !isNoteFileName(meeting.name)) continue;
    const file = stamp(notebookPath, `${folder}/meetings/${meeting.name}`);
    if (file) meetings.push(file);
  }
}

/** Every note file under `customers/`, customers first (meetings are indexed with their name). */
export function listNoteFiles(notebookPath: string): ListedFile[] {
  const customers: ListedFile[] = [];
  const meetings: ListedFile[] = [];
  for (const customer of entries(path.join(notebookPath, 'customers'))) {
    if (!customer.isDirectory() || customer.name.startsWith('.')) continue;
    listCustomer(notebookPath, customer.name, customers, meetings);
  }
  return [...customers, ...meetings];
}

/**
 * The note files at or under a changed path (a file, or a folder such as a customer moved to
 * the trash or restored); nothing when it is gone or holds no notes.
 */
export function listNotesAt(notebookPath: string, relPath: string): ListedFile[] {
  const clean = relPath.replace(/\\/g, '/').replace(/\/+$/, '');
  if (classifyNotePath(clean)) {
    const file = stamp(notebookPath, clean);
    return file ? [file] : [];
  }
  if (clean === 'customers' || clean === '' || clean === '.') return listNoteFiles(notebookPath);
  const parts = clean.split('/');
  if (parts[0] !== 'customers' || !parts[1] || parts.length > 3) return [];
  if (!isRealFolder(path.join(notebookPath, 'customers', parts[1]))) return [];
  const customers: ListedFile[] = [];
  const meetings: ListedFile[] = [];
  listCustomer(notebookPath, parts[1], customers, meetings);
  return [...customers, ...meetings].filter((file) => file.path.startsWith(`${clean}/`));
}
