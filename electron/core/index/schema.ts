// The index database's tables. Bump SCHEMA_VERSION whenever a table or the way text is folded
// or tokenized changes: an index of another version is deleted and rebuilt on open.
import type { SqliteDb } from './driver';

export const SCHEMA_VERSION = 3;

/** Tokens are letters, digits, private-use and combining marks (kept for scripts other than
 *  Latin, whose marks are part of words); diacritics are already folded away in JavaScript. */
const TOKENIZER = `unicode61 remove_diacritics 0 categories 'L* N* Co M*'`;

/** bm25 weights of the fts columns, in order: title > objective > customer name > body, and
 *  0 for meta (filter tokens, see filterTokens.ts). */
export const BM25_WEIGHTS = [10, 5, 3, 1, 0] as const;

const TABLES = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- The scan cache: what each indexed file looked like when it was read (warm start compares it).
CREATE TABLE files (
  path TEXT PRIMARY KEY,
  mtime REAL NOT NULL,
  size INTEGER NOT NULL
) WITHOUT ROWID;

-- One row per customer.md or meeting file. id is also the fts rowid and is keyed by date
-- (see rowIds.ts), so "newest first" is a walk of the fts doclist backwards.
CREATE TABLE docs (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  customerId TEXT NOT NULL,
  meetingId TEXT,
  title TEXT NOT NULL,
  sortKey TEXT NOT NULL,
  date TEXT,
  time TEXT,
  status TEXT,
  outcome TEXT,
  objectiveMet TEXT,
  kind TEXT,
  industry TEXT,
  location TEXT,
  tags TEXT,
  unreadable TEXT
);
CREATE INDEX docs_customer ON docs (customerId, type, date);
CREATE INDEX docs_type ON docs (type, sortKey);

-- Original (NFC) text, kept apart from docs so that list and stats queries stay small; read
-- only to cut snippets.
CREATE TABLE texts (
  id INTEGER PRIMARY KEY,
  objective TEXT NOT NULL,
  benefit TEXT NOT NULL,
  body TEXT NOT NULL,
  extra TEXT NOT NULL
);

-- Markdown tasks of meeting bodies; line is 1-based in the file (front matter included).
CREATE TABLE actions (
  docId INTEGER NOT NULL,
  line INTEGER NOT NULL,
  customerId TEXT NOT NULL,
  text TEXT NOT NULL,
  done INTEGER NOT NULL,
  PRIMARY KEY (docId, line)
) WITHOUT ROWID;
CREATE INDEX actions_customer ON actions (customerId, done);

-- Folded text only, no copy of it (contentless). detail=full, not column: fts5 computes bm25
-- of a detail=column table by re-reading the row's text, which a contentless table does not
-- have, so every score would be 0. Prefix indexes for 1 to 3 characters: search as you type
-- starts with short prefixes, which otherwise merge the doclists of thousands of terms
-- (40 ms for "p" on 20,000 notes, 1 ms with).
CREATE VIRTUAL TABLE fts USING fts5 (
  title, objective, customer, body, meta,
  content = '', contentless_delete = 1, detail = full, prefix = '1 2 3',
  tokenize = "${TOKENIZER}"
);
`;

export function createSchema(db: SqliteDb, notebookRealPath: string): void {
  db.transaction(() => {
    db.exec(TABLES);
    const put = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    put.run('schemaVersion', String(SCHEMA_VERSION));
    put.run('notebook', notebookRealPath);
    put.run('createdAt', new Date().toISOString());
    // Merge segments only when 16 of a size have piled up (fts5's default is 4): a cold build
    // of 20,000 notes spends a third less time merging, and queries stay as fast.
    db.exec("INSERT INTO fts (fts, rank) VALUES ('automerge', 16)");
  });
}

export function readMeta(db: SqliteDb): Map<string, string> | undefined {
  const hasMeta = db
    .prepare<{ n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
    .get();
  if (!hasMeta || hasMeta.n === 0) return undefined;
  const rows = db.prepare<{ key: string; value: string }>('SELECT key, value FROM meta').all();
  return new Map(rows.map((row) => [row.key, row.value]));
}

/** True for a file SQLite opened but that holds nothing yet (a brand-new database). */
export function isEmptyDatabase(db: SqliteDb): boolean {
  const row = db.prepare<{ n: number }>('SELECT count(*) AS n FROM sqlite_master').get();
  return !row || row.n === 0;
}
