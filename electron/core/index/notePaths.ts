// Which files of a notebook the index reads, and what each one is: `customers/<id>/customer.md`
// is a customer, `customers/<id>/meetings/<meeting-id>.md` a meeting. Conflict copies
// (`<name>.conflict-<YYYYMMDD-HHMMSS>.md`), hidden and temporary files (the app's temp files
// start with a dot), templates and `.prepnote/` are not notes.

export type NoteKind =
  { type: 'customer'; customerId: string } | { type: 'meeting'; customerId: string; meetingId: string };

const CONFLICT_COPY = /\.conflict-\d{8}-\d{6}[^/]*\.md$/i;

export function isNoteFileName(name: string): boolean {
  return name.endsWith('.md') && !name.startsWith('.') && !CONFLICT_COPY.test(name);
}

/** Ids are compared in NFC (vault-format.md), whatever form the file system stores. */
export function classifyNotePath(relPath: string): NoteKind | undefined {
  const parts = relPath.split('/');
  if (parts[0] !== 'customers' || !parts[1] || parts[1].startsWith('.')) return undefined;
  const customerId = parts[1].normalize('NFC');
  if (parts.length === 3 && parts[2] === 'customer.md') return { type: 'customer', customerId };
  if (parts.length === 4 && parts[2] === 'meetings' && isNoteFileName(parts[3] ?? '')) {
    const meetingId = (parts[3] as string).slice(0, -'.md'.length).normalize('NFC');
    return { type: 'meeting', customerId, meetingId };
  }
  return undefined;
}
