// The files notebook.info says need the user: unreadable ones, bad values in known fields,
// and conflict copies left by "keep both". One entry per file, its reasons together.
import type { NotebookInfo } from '../../../../shared/contract';

export interface AttentionFile {
  path: string;
  unreadable?: string;
  problems: { field: string; reason: string }[];
  conflictCopy: boolean;
}

export function attentionFiles(info: NotebookInfo | undefined): AttentionFile[] {
  if (!info) return [];
  const byPath = new Map<string, AttentionFile>();
  const entry = (path: string) => {
    let file = byPath.get(path);
    if (!file) {
      file = { path, problems: [], conflictCopy: false };
      byPath.set(path, file);
    }
    return file;
  };
  for (const item of info.unreadable) entry(item.path).unreadable = item.reason;
  for (const item of info.problems)
    entry(item.path).problems.push({ field: item.field, reason: item.reason });
  for (const path of info.conflictCopies) entry(path).conflictCopy = true;
  return [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
}
