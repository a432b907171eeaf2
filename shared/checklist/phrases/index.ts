// The phrase lists of both languages, compiled once, plus a notebook's own additions.
//
// A notebook may add phrases in `.prepnote/notebook.json` under "phrases", per language:
//   {"phrases": {"en": {"vague": ["farm visit"]}, "vi": {"vague": ["đi tuyến"], "weak": ["tham vấn"]}}}
// Supported keys (each a list of plain phrases, not patterns):
//   "vague"         a phrase that makes an objective a courtesy call; refused whatever else
//                   the objective says.
//   "placeholders"  a whole objective or benefit that is only a placeholder ("chờ sếp").
//   "weak"          a verb of talking or showing that names no decision of the customer; a
//                   commitment named right after it is only its topic ("review the SOW").
//   "commitments"   something the customer decides or does ("ký phụ lục", "sign the SOW").
// Phrases match whole words, ignoring case and Vietnamese diacritics ("xa giao" matches
// "xã giao"). Both languages' lists apply whatever the UI language, because people mix
// languages; anything else in the file is ignored.
import { WORD } from './fragments';
import { compileBuiltIn, compileUserPhrases } from '../matcher';
import { toFoldedKey } from '../normalize';
import type { NotebookPhrases } from '../types';
import { en } from './en';
import { vi } from './vi';
import { REFUSAL_KINDS, TOPIC_KEYS, type PhraseData, type RefusalKind, type TopicKey } from './types';

export { REFUSAL_KINDS, TOPIC_KEYS, type RefusalKind, type TopicKey } from './types';

type Pattern = RegExp | undefined;

export interface CompiledPhrases {
  placeholders: ReadonlySet<string>;
  placeholderWords: Pattern;
  hard: Record<RefusalKind, Pattern>;
  soft: Record<RefusalKind, Pattern>;
  weak: Pattern;
  commitments: Pattern;
  requests: Pattern;
  /** Obtaining verbs with a concrete object ("get the signed order"). */
  acquisitions: Pattern;
  /** The Vietnamese commitments alone: an objective that uses them is held to Vietnamese length. */
  vietnameseCommitments: Pattern;
  connectors: Pattern;
  hollow: Pattern;
  stopwords: Pattern;
  benefitUsOnly: Pattern;
  benefitCustomerSide: Pattern;
  topics: Record<TopicKey, Pattern>;
}

/** A notebook's additions, compiled; absent lists are undefined. */
export interface CompiledExtras {
  vague: Pattern;
  weak: Pattern;
  commitments: Pattern;
  placeholders: ReadonlySet<string>;
}

const LANGS: readonly PhraseData[] = [en, vi];

function all(pick: (data: PhraseData) => string[]): string[] {
  return LANGS.flatMap(pick);
}

function group(sources: readonly string[]): string {
  return `(?:${sources.map((s) => `(?:${s})`).join('|')})`;
}

// "not a courtesy call", "không phải xã giao": a denied phrase does not count.
const DENIAL_GUARD = `(?<!${group(all((d) => d.denials))} (?:(?:a|an|just|only|là|chỉ) )?)`;
// "without signing", "chưa ký": a negated commitment does not count.
const NEGATION_GUARD = `(?<!${group(all((d) => d.negations))} )`;

// An obtaining verb, optional determiners, then a first object word that is not vague.
function acquisitionSource(data: PhraseData): string {
  const dets = group(data.determiners);
  const vague = group(data.vagueObjects);
  return `${group(data.acquisitions)} (?:${dets} )*(?!(?:${vague}|${dets})(?![^ |']))${WORD}`;
}

function perKind(
  pick: (data: PhraseData) => Record<RefusalKind, string[]>,
  guard = '',
): Record<RefusalKind, Pattern> {
  const out = {} as Record<RefusalKind, Pattern>;
  for (const kind of REFUSAL_KINDS) {
    out[kind] = compileBuiltIn(
      all((d) => pick(d)[kind]),
      kind === 'courtesy' ? guard : '',
    );
  }
  return out;
}

function compileBase(): CompiledPhrases {
  const topics = {} as Record<TopicKey, Pattern>;
  for (const key of TOPIC_KEYS) topics[key] = compileBuiltIn(all((d) => d.topics[key]));
  return {
    placeholders: new Set(all((d) => d.placeholders).map((p) => toFoldedKey(p))),
    placeholderWords: compileBuiltIn(all((d) => d.placeholderWords)),
    hard: perKind((d) => d.hard, DENIAL_GUARD),
    soft: perKind((d) => d.soft, DENIAL_GUARD),
    weak: compileBuiltIn(all((d) => d.weak)),
    commitments: compileBuiltIn(
      all((d) => d.commitments),
      NEGATION_GUARD,
    ),
    requests: compileBuiltIn(
      all((d) => d.requests),
      NEGATION_GUARD,
    ),
    acquisitions: compileBuiltIn(LANGS.map(acquisitionSource), NEGATION_GUARD),
    vietnameseCommitments: compileBuiltIn([...vi.commitments, acquisitionSource(vi)]),
    connectors: compileBuiltIn(all((d) => d.connectors)),
    hollow: compileBuiltIn(all((d) => d.hollow)),
    stopwords: compileBuiltIn(all((d) => d.stopwords)),
    benefitUsOnly: compileBuiltIn(all((d) => d.benefitUsOnly)),
    benefitCustomerSide: compileBuiltIn(all((d) => d.benefitCustomerSide)),
    topics,
  };
}

let base: CompiledPhrases | undefined;

/** The built-in lists of both languages, compiled on first use. */
export function basePhrases(): CompiledPhrases {
  base ??= compileBase();
  return base;
}

const NO_EXTRAS: CompiledExtras = {
  vague: undefined,
  weak: undefined,
  commitments: undefined,
  placeholders: new Set(),
};
const extrasCache = new Map<string, CompiledExtras>();
const EXTRAS_CACHE_SIZE = 16;

function listOf(phrases: NotebookPhrases, key: 'vague' | 'placeholders' | 'weak' | 'commitments'): unknown[] {
  // notebook.json is edited by hand: take only what is a list of text.
  return Object.values(phrases).flatMap((lists) => {
    const list: unknown =
      lists && typeof lists === 'object' ? (lists as Record<string, unknown>)[key] : undefined;
    return Array.isArray(list)
      ? list.filter((p): p is string => typeof p === 'string' && p.trim() !== '')
      : [];
  });
}

/** A notebook's own phrases, compiled (cached by content: the renderer passes new objects often). */
export function notebookPhrases(phrases: NotebookPhrases | undefined): CompiledExtras {
  if (!phrases || typeof phrases !== 'object') return NO_EXTRAS;
  const key = JSON.stringify(phrases);
  const cached = extrasCache.get(key);
  if (cached) return cached;
  const compiled: CompiledExtras = {
    vague: compileUserPhrases(listOf(phrases, 'vague'), DENIAL_GUARD),
    weak: compileUserPhrases(listOf(phrases, 'weak')),
    commitments: compileUserPhrases(listOf(phrases, 'commitments'), NEGATION_GUARD),
    placeholders: new Set(
      listOf(phrases, 'placeholders')
        .map((p) => toFoldedKey(String(p)))
        .filter((p) => p !== ''),
    ),
  };
  if (extrasCache.size >= EXTRAS_CACHE_SIZE) extrasCache.clear();
  extrasCache.set(key, compiled);
  return compiled;
}
