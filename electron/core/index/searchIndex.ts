// search.query over the index: every query term is a prefix ("pil" finds "pilot") of folded
// text, so diacritics and case do not matter; results are ranked by bm25 with the column
// weights of schema.ts, except for very common terms, which come newest first (ranking
// thousands of matches costs more than the user gains from it); `total` counts every match.
import type { MethodOutput, ParsedInput, SearchHit } from '../../../shared/contract';
import type { BindValue, SqliteDb, Statement } from './driver';
import { customerToken, outcomeToken, statusToken } from './filterTokens';
import { rowIdRange } from './rowIds';
import { BM25_WEIGHTS } from './schema';
import { buildSnippet } from './snippet';
import { matchExpression, queryTerms } from './textFold';

type SearchInput = ParsedInput<'search.query'>;
type SearchOutput = MethodOutput<'search.query'>;

/** Above this many matches, newest first instead of ranked: bm25 costs about 0.7 µs per
 *  match, so ranking 10,000 matches alone would take the whole 5 ms budget of a query. */
const COMMON_MATCHES = 1000;
const DEFAULT_LIMIT = 20;

interface HitRow {
  id: number;
  type: 'customer' | 'meeting';
  customerId: string;
  meetingId: string | null;
  title: string;
  date: string | null;
}

interface TextRow {
  objective: string;
  benefit: string;
  body: string;
  extra: string;
}

/**
 * The WHERE clause of a search: the match, every filter but customerId inside it as tokens
 * or rowid ranges, so counting needs fts alone. customerId is also checked on docs, where
 * the 64-bit hash of its token could, in theory, collide.
 */
function plan(
  input: SearchInput,
  terms: readonly string[],
): { where: string; params: BindValue[]; docCheck: string; docParams: BindValue[] } {
  const tokens: string[] = [];
  const docCheck: string[] = [];
  const docParams: BindValue[] = [];
  if (input.customerId) {
    tokens.push(customerToken(input.customerId));
    docCheck.push(' AND d.customerId = ?');
    docParams.push(input.customerId.normalize('NFC'));
  }
  // Status and outcome belong to meetings: a customer never passes these filters.
  if (input.status) tokens.push(statusToken(input.status));
  if (input.outcome) tokens.push(outcomeToken(input.outcome));
  const match =
    tokens.length > 0
      ? `${matchExpression(terms)} AND meta : (${tokens.map((t) => `"${t}"`).join(' ')})`
      : matchExpression(terms);
  const clauses = ['fts MATCH ?'];
  const params: BindValue[] = [match];
  // type, from and to are rowid ranges (rowIds.ts), which fts5 applies while matching.
  const range = rowIdRange(input);
  if (range.lower !== undefined) {
    clauses.push('fts.rowid >= ?');
    params.push(range.lower);
  }
  if (range.upper !== undefined) {
    clauses.push('fts.rowid < ?');
    params.push(range.upper);
  }
  return { where: clauses.join(' AND '), params, docCheck: docCheck.join(''), docParams };
}

export class SearchIndex {
  private readonly statements = new Map<string, Statement<unknown>>();
  private readonly text;

  constructor(private readonly db: SqliteDb) {
    this.text = db.prepare<TextRow>('SELECT objective, benefit, body, extra FROM texts WHERE id = ?');
  }

  private statement<Row>(sql: string): Statement<Row> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement as Statement<Row>;
  }

  search(input: SearchInput): SearchOutput {
    const terms = queryTerms(input.q);
    if (terms.length === 0) return { total: 0, items: [] };
    const p = plan(input, terms);
    const total =
      this.statement<{ n: number }>(`SELECT count(*) AS n FROM fts WHERE ${p.where}`).get(...p.params)?.n ??
      0;
    if (total === 0) return { total, items: [] };
    const order =
      total > COMMON_MATCHES ? 'fts.rowid DESC' : `bm25(fts, ${BM25_WEIGHTS.join(', ')}), fts.rowid DESC`;
    const rows = this.statement<HitRow>(
      `SELECT d.id, d.type, d.customerId, d.meetingId, d.title, d.date
         FROM fts JOIN docs d ON d.id = fts.rowid
        WHERE ${p.where}${p.docCheck} ORDER BY ${order} LIMIT ?`,
    ).all(...p.params, ...p.docParams, input.limit ?? DEFAULT_LIMIT);
    return { total, items: rows.map((row) => this.hit(row, terms)) };
  }

  private hit(row: HitRow, terms: string[]): SearchHit {
    const text = this.text.get(row.id);
    const fields = text ? [text.objective, text.benefit, text.body, text.extra, row.title] : [row.title];
    const hit: SearchHit = {
      type: row.type,
      customerId: row.customerId,
      title: row.title,
      snippet: buildSnippet(fields, terms),
    };
    if (row.meetingId !== null) hit.meetingId = row.meetingId;
    if (row.date !== null) hit.date = row.date;
    return hit;
  }
}
