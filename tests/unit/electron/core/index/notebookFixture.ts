// Temporary notebooks and cache folders for the index tests: each test writes the files it
// needs and removes everything afterwards.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempNotebook {
  root: string;
  notebook: string;
  cacheDir: string;
  write(relPath: string, content: string | Buffer): void;
  remove(relPath: string): void;
  cleanup(): void;
}

export function tempNotebook(files: Record<string, string> = {}): TempNotebook {
  const root = mkdtempSync(path.join(os.tmpdir(), 'prepnote-index-test-'));
  const notebook = path.join(root, 'notebook');
  const cacheDir = path.join(root, 'cache');
  mkdirSync(path.join(notebook, 'customers'), { recursive: true });
  const write = (relPath: string, content: string | Buffer) => {
    const file = path.join(notebook, relPath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  };
  for (const [relPath, content] of Object.entries(files)) write(relPath, content);
  return {
    root,
    notebook,
    cacheDir,
    write,
    remove: (relPath) => rmSync(path.join(notebook, relPath), { recursive: true, force: true }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export function customerFile(
  fields: { name: string; kind?: string; industry?: string; location?: string; tags?: string },
  body = '',
): string {
  const lines = ['---', `name: ${fields.name}`];
  if (fields.kind) lines.push(`kind: ${fields.kind}`);
  if (fields.industry) lines.push(`industry: ${fields.industry}`);
  if (fields.location) lines.push(`location: ${fields.location}`);
  if (fields.tags) lines.push(`tags: ${fields.tags}`);
  lines.push('---', body);
  return lines.join('\n');
}

export function meetingFile(
  fields: {
    title: string;
    date: string;
    status?: string;
    outcome?: string;
    objective?: string;
    benefit?: string;
  },
  body = '',
): string {
  const lines = ['---', `title: ${fields.title}`, `date: ${fields.date}`];
  if (fields.objective) lines.push(`objective: ${fields.objective}`);
  if (fields.benefit) lines.push(`benefit: ${fields.benefit}`);
  if (fields.status) lines.push(`status: ${fields.status}`);
  if (fields.outcome) lines.push(`outcome: ${fields.outcome}`);
  lines.push('---', body);
  return lines.join('\n');
}
