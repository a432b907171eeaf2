// The benefit rule (product.md): what the customer gets from the meeting, in their terms. Not
// empty, not a placeholder ("n/a", "không có", "TBD", "-"), not a copy of the objective (equal
// after folding case, diacritics and punctuation, or nearly: one contains the other and they are
// at least 90% the same, or they share at least 90% of their words), at least 3 words, and not
// only about us ("We get the order", "Chúng tôi có đơn hàng", "hit our target").
import { benefitExample } from './examples';
import { findFirst } from './matcher';
import { answerLanguage, messagesFor, shortQuote } from './messages';
import { forRules, normalizeDisplay, toFoldedKey, toMatchText, wordsOf } from './normalize';
import { basePhrases, notebookPhrases } from './phrases';
import type { CheckResult, NotebookPhrases, RuleContext } from './types';

export type BenefitCode = 'empty' | 'placeholder' | 'copy' | 'too-short' | 'us-only';

export interface BenefitVerdict {
  ok: boolean;
  code?: BenefitCode;
}

export interface BenefitCheck extends CheckResult {
  code?: BenefitCode;
}

const MIN_WORDS = 3;
const NEAR_COPY = 0.9;

// Sørensen–Dice over the two word multisets: 1 when they hold the same words in any order.
function wordOverlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(w, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** True when the benefit only repeats the objective. */
export function isCopyOf(benefit: string, objective: string): boolean {
  const b = toFoldedKey(benefit);
  const o = toFoldedKey(objective);
  if (b === '' || o === '') return false;
  if (b === o) return true;
  const [short, long] = b.length <= o.length ? [b, o] : [o, b];
  if (long.includes(short) && short.length / long.length >= NEAR_COPY) return true;
  return wordOverlap(b.split(' '), o.split(' ')) >= NEAR_COPY;
}

/** Judges a benefit against its meeting's objective. */
export function judgeBenefit(
  text: string | undefined,
  objective: string | undefined,
  notebook?: NotebookPhrases,
): BenefitVerdict {
  const display = normalizeDisplay(typeof text === 'string' ? text : '');
  if (display === '') return { ok: false, code: 'empty' };
  const phrases = basePhrases();
  const key = toFoldedKey(display);
  if (key === '' || phrases.placeholders.has(key) || notebookPhrases(notebook).placeholders.has(key)) {
    return { ok: false, code: 'placeholder' };
  }
  const match = toMatchText(forRules(display));
  if (findFirst(match, phrases.placeholderWords)) return { ok: false, code: 'placeholder' };
  if (typeof objective === 'string' && isCopyOf(display, objective)) return { ok: false, code: 'copy' };
  if (wordsOf(match).length < MIN_WORDS) return { ok: false, code: 'too-short' };
  if (findFirst(match, phrases.benefitUsOnly) && !findFirst(match, phrases.benefitCustomerSide)) {
    return { ok: false, code: 'us-only' };
  }
  return { ok: true };
}

/** Checks a benefit: the verdict with its reason and suggestion in the requested language. */
export function checkBenefit(
  text: string | undefined,
  objective: string | undefined,
  ctx: RuleContext,
): BenefitCheck {
  const verdict = judgeBenefit(text, objective, ctx.phrases);
  if (verdict.ok || !verdict.code) return { ok: true };
  const lang = answerLanguage(ctx.lang);
  const m = messagesFor(lang).benefit;
  const suggestion = m.example(benefitExample(lang, ctx.template));
  const code = verdict.code;
  const reasons: Record<BenefitCode, string> = {
    empty: m.empty,
    placeholder: m.placeholder(shortQuote(normalizeDisplay(text ?? ''))),
    copy: m.copy,
    'too-short': m.tooShort,
    'us-only': m.usOnly,
  };
  return { ok: false, code, reason: reasons[code], suggestion };
}
