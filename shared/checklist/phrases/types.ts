// The shape of a language's phrase data (phrases/en.ts, phrases/vi.ts). Every entry is a
// regular-expression source over the match text of normalize.ts (lower case, words separated
// by single spaces, clause breaks as `|`), written with full Vietnamese diacritics; matcher.ts
// makes them accent-tolerant and matches them on whole words.

/** Why an objective is refused when one of its phrases is found. */
export type RefusalKind = 'courtesy' | 'time' | 'passing' | 'quota';
export const REFUSAL_KINDS: readonly RefusalKind[] = ['time', 'passing', 'quota', 'courtesy'];

/** Topics an objective or benefit may be about, for choosing a fitting example. */
export type TopicKey =
  'price' | 'product' | 'proposal' | 'contract' | 'project' | 'problem' | 'account' | 'needs';
export const TOPIC_KEYS: readonly TopicKey[] = [
  'price',
  'proposal',
  'contract',
  'problem',
  'project',
  'needs',
  'product',
  'account',
];

export interface PhraseData {
  /** Whole texts that are only a placeholder ("TBD", "chưa có"); compared folded, without punctuation. */
  placeholders: string[];
  /** Words that mark any text as unfinished wherever they stand ("TBD", "TODO"). */
  placeholderWords: string[];
  /** Phrases that refuse an objective whatever else it says: they state a non-reason. */
  hard: Record<RefusalKind, string[]>;
  /** Phrases that refuse an objective unless it also names a customer commitment. */
  soft: Record<RefusalKind, string[]>;
  /** Words before a courtesy phrase that deny it ("not a courtesy call"). */
  denials: string[];
  /** Verbs of talking, showing and learning: they name no decision of the customer. */
  weak: string[];
  /** Something the customer decides, agrees to, commits to or does. */
  commitments: string[];
  /** Requests for a decision that hold even after a verb of talking ("present it for approval"). */
  requests: string[];
  /** Words that may stand between an obtaining verb and its object ("the", "their", "sự"). */
  determiners: string[];
  /** Verbs of obtaining ("get", "secure", "nhận được"): a commitment when their object is concrete. */
  acquisitions: string[];
  /** Objects that make an obtaining verb no commitment ("get an update", "win their trust"). */
  vagueObjects: string[];
  /** Words just before a commitment that undo it ("without", "không"). */
  negations: string[];
  /** Words and phrases that join a second clause: a commitment after them is not a weak verb's topic. */
  connectors: string[];
  /** Phrases that add nothing to an objective ("next steps", "gặp lại"). */
  hollow: string[];
  /** Words that do not count towards an objective's substance (articles, pronouns, "customer"). */
  stopwords: string[];
  /** A benefit only about us ("we get the order", "doanh số của chúng tôi"). */
  benefitUsOnly: string[];
  /** Mentions of the customer's side, which keep a benefit about them. */
  benefitCustomerSide: string[];
  /** Keywords of each topic. */
  topics: Record<TopicKey, string[]>;
}
