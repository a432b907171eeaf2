// Writes notes into the index: one record replaces whatever the index held for that path (the
// doc, its original text, its action items, its fts row and its scan-cache entry). Folded text
// goes to fts; the original stays in `texts` for snippets. A meeting's fts row carries its
// customer's name, so renaming a customer refreshes the rows of its meetings.
import type { SqliteDb } from './driver';
import { META_MARK, metaText } from './filterTokens';
import type { NoteRecord } from './noteRecord';
import { RowIdAllocator, dayOf, rowDay } from './rowIds';
import { foldText } from './textFold';

export interface FileStamp {
  mtime: number;
  size: number;
}

export interface WriteItem {
  record: NoteRecord;
  stamp: FileStamp;
}

/** rowid, then the fts columns title, objective, customer, body (before folding) and meta. */
type FtsRow = [id: number, title: string, objective: string, customer: string, body: string, meta: string];

/** Folded text for fts, without the mark that only filter tokens may carry. */
function ftsText(text: string): string {
  const folded = foldText(text);
  return folded.includes(META_MARK) ? folded.replaceAll(META_MARK, ' ') : folded;
}

interface DocRow {
  id: number;
  type: string;
  customerId: string;
  title: string;
}

export class IndexWriter {
  private readonly alloc: RowIdAllocator;
  private readonly names = new Map<string, string>();
  private readonly q;

  constructor(db: SqliteDb) {
    this.alloc = new RowIdAllocator(db);
    this.q = {
      docByPath: db.prepare<DocRow>('SELECT id, type, customerId, title FROM docs WHERE path = ?'),
      deleteDoc: db.prepare('DELETE FROM docs WHERE id = ?'),
      deleteText: db.prepare('DELETE FROM texts WHERE id = ?'),
      deleteActions: db.prepare('DELETE FROM actions WHERE docId = ?'),
      deleteFts: db.prepare('DELETE FROM fts WHERE rowid = ?'),
      deleteFile: db.prepare('DELETE FROM files WHERE path = ?'),
      putDoc: db.prepare(
        `INSERT INTO docs (id, path, type, customerId, meetingId, title, sortKey, date, time,
           status, outcome, objectiveMet, kind, industry, location, tags, unreadable)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      putText: db.prepare('INSERT INTO texts (id, objective, benefit, body, extra) VALUES (?, ?, ?, ?, ?)'),
      putAction: db.prepare(
        'INSERT INTO actions (docId, line, customerId, text, done) VALUES (?, ?, ?, ?, ?)',
      ),
      putFts: db.prepare(
        'INSERT INTO fts (rowid, title, objective, customer, body, meta) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      putFile: db.prepare('INSERT OR REPLACE INTO files (path, mtime, size) VALUES (?, ?, ?)'),
      meetingsOf: db.prepare<{
        id: number;
        status: string | null;
        outcome: string | null;
        title: string;
        objective: string;
        benefit: string;
        body: string;
        extra: string;
      }>(
        `SELECT d.id, d.status, d.outcome, d.title, t.objective, t.benefit, t.body, t.extra
           FROM docs d JOIN texts t ON t.id = d.id WHERE d.customerId = ? AND d.type = 'meeting'`,
      ),
      pathsUnder: db.prepare<{ path: string }>('SELECT path FROM files WHERE path > ? AND path < ?'),
    };
    const customers = db
      .prepare<{ customerId: string; title: string }>(
        "SELECT customerId, title FROM docs WHERE type = 'customer'",
      )
      .all();
    for (const row of customers) this.names.set(row.customerId, row.title);
  }

  private customerName(customerId: string): string {
    return this.names.get(customerId) ?? customerId;
  }

  /** Deletes a doc's rows outside fts; its fts row is the caller's to delete (see apply). */
  private dropRows(id: number): void {
    this.q.deleteText.run(id);
    this.q.deleteActions.run(id);
    this.q.deleteDoc.run(id);
  }

  /**
   * Removes `remove` (files gone, or no longer notes) and stores `write`, each note replacing
   * what the index held for its path. Call inside a transaction.
   *
   * Every fts statement comes last, deletions then insertions in rowid order. fts5 writes its
   * pending terms out as a new segment whenever another statement opens a savepoint (any
   * INSERT with a UNIQUE key does) or a rowid goes backwards; interleaving would leave one
   * tiny segment per note to merge, which made a cold build several times slower.
   */
  apply(remove: readonly string[], write: readonly WriteItem[]): void {
    const ftsDeletes: number[] = [];
    const renamed = new Set<string>();
    for (const path of remove) {
      const old = this.q.docByPath.get(path);
      this.q.deleteFile.run(path);
      if (!old) continue;
      this.dropRows(old.id);
      ftsDeletes.push(old.id);
      if (old.type === 'customer') {
        this.names.delete(old.customerId);
        renamed.add(old.customerId);
      }
    }
    const placed: { id: number; record: NoteRecord; stamp: FileStamp }[] = [];
    for (const { record, stamp } of write) {
      const old = this.q.docByPath.get(record.path);
      const day = rowDay(record.type, record.type === 'meeting' ? record.date : undefined);
      if (old) {
        this.dropRows(old.id);
        ftsDeletes.push(old.id);
      }
      const id = old && dayOf(old.id) === day ? old.id : this.alloc.next(day);
      placed.push({ id, record, stamp });
    }
    // New names first, so this batch's meetings are indexed under them.
    for (const { record } of placed) {
      if (record.type === 'customer' && this.names.get(record.customerId) !== record.title) {
        this.names.set(record.customerId, record.title);
        renamed.add(record.customerId);
      }
    }
    const ftsRows: FtsRow[] = [];
    for (const { id, record, stamp } of placed) ftsRows.push(this.insertRows(id, record, stamp));
    // Meetings indexed earlier under another name (or the folder name) get the current one.
    const written = new Set(placed.map((item) => item.id));
    for (const customerId of renamed) {
      const name = this.customerName(customerId);
      for (const m of this.q.meetingsOf.all(customerId)) {
        if (written.has(m.id)) continue;
        ftsDeletes.push(m.id);
        const meta = metaText({ customerId, status: m.status, outcome: m.outcome });
        ftsRows.push([m.id, m.title, `${m.objective}\n${m.benefit}`, name, `${m.body}\n${m.extra}`, meta]);
      }
    }
    for (const id of ftsDeletes) this.q.deleteFts.run(id);
    ftsRows.sort((a, b) => a[0] - b[0]);
    for (const [id, title, objective, customer, body, meta] of ftsRows) {
      this.q.putFts.run(id, ftsText(title), ftsText(objective), ftsText(customer), ftsText(body), meta);
    }
  }

  /** Writes a note's rows outside fts and returns its fts row (original text, unfolded). */
  private insertRows(id: number, record: NoteRecord, stamp: FileStamp): FtsRow {
    const sortKey = foldText(record.title);
    this.q.putText.run(id, record.objective, record.benefit, record.body, record.extra);
    this.q.putFile.run(record.path, stamp.mtime, stamp.size);
    if (record.type === 'customer') {
      this.q.putDoc.run(
        id,
        record.path,
        'customer',
        record.customerId,
        null,
        record.title,
        sortKey,
        null,
        null,
        null,
        null,
        null,
        record.kind,
        record.industry,
        record.location,
        JSON.stringify(record.tags),
        record.unreadable ?? null,
      );
      return [id, record.title, '', '', `${record.extra}\n${record.body}`, metaText(record)];
    }
    this.q.putDoc.run(
      id,
      record.path,
      'meeting',
      record.customerId,
      record.meetingId,
      record.title,
      sortKey,
      record.date ?? null,
      record.time ?? null,
      record.status,
      record.outcome ?? null,
      record.objectiveMet ?? null,
      null,
      null,
      null,
      null,
      record.unreadable ?? null,
    );
    // An unreadable file's tasks cannot be ticked (actions.toggle refuses the file): not listed.
    if (!record.unreadable)
      for (const action of record.actions) {
        this.q.putAction.run(id, action.line, record.customerId, action.text, action.done ? 1 : 0);
      }
    return [
      id,
      record.title,
      `${record.objective}\n${record.benefit}`,
      this.customerName(record.customerId),
      `${record.body}\n${record.extra}`,
      metaText(record),
    ];
  }

  /** Indexed paths inside a folder (a customer folder moved to the trash, say). */
  pathsUnder(folder: string): string[] {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    // '0' is the character after '/', so this range is exactly the paths starting with prefix.
    return this.q.pathsUnder.all(prefix, `${prefix.slice(0, -1)}0`).map((row) => row.path);
  }
}
