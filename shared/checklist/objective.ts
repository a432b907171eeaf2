// The objective rule (product.md, "The pre-meeting checklist"): an objective must name
// something the customer will decide, agree to, commit to or do in this meeting.
//
// How an objective is judged, in this order:
//  1. Empty, only punctuation, or a placeholder ("TBD", "chưa có", "n/a") → refused.
//  2. A stated non-reason (time since the last meeting, passing by anyway, filling a call
//     quota) or an explicit courtesy phrase ("courtesy call", "catch up", "xã giao", "giữ
//     liên lạc", a notebook's own "vague" phrases) → refused, whatever else the objective
//     says. Decision: "Drop by since I'm in the area and get them to sign" is refused: it
//     states that the meeting happens for our convenience; the fix is to keep only the
//     commitment. Denied phrases ("not a courtesy call") do not count.
//  3. A customer commitment: a decision or action verb ("agree", "sign", "chốt", "đồng ý"),
//     or an obtaining verb with a concrete object ("secure a reference visit", "nhận được đơn
//     hàng"). A commitment that is only the topic of a verb of talking ("discuss the renewal",
//     "trao đổi về việc ký hợp đồng") does not count; one joined by "and"/"to"/"và"/"để"
//     does ("present the offer and agree on the price"). With a commitment, softer courtesy
//     words are incidental ("visit", "coffee", "follow up", "gặp gỡ"): "Secure a reference
//     visit to our plant" passes, "Visit the customer" does not.
//     A commitment to a hollow object ("agree on next steps", "thống nhất các bước tiếp theo")
//     does not count either.
//  4. A commitment with too little substance ("Get an order", "Ký hợp đồng", "Close the deal")
//     → refused as too vague: at least 3 content words (4 syllables in Vietnamese).
//  5. No commitment → refused: as a courtesy call or non-reason if a softer phrase says so,
//     else as naming no decision, with a suggestion that reuses the topic of the weak verb
//     ("Discuss pricing" → "What should they decide about pricing?").
import { objectiveExample, TOPIC_OBJECTIVES } from './examples';
import { findAll, findFirst, type Hit } from './matcher';
import { answerLanguage, messagesFor, shortQuote } from './messages';
import {
  forRules,
  hasVietnameseMarks,
  normalizeDisplay,
  toFoldedKey,
  toMatchText,
  wordsOf,
} from './normalize';
import {
  basePhrases,
  notebookPhrases,
  REFUSAL_KINDS,
  TOPIC_KEYS,
  type CompiledExtras,
  type CompiledPhrases,
  type RefusalKind,
  type TopicKey,
} from './phrases';
import type { CheckResult, NotebookPhrases, RuleContext } from './types';

export type ObjectiveCode = 'empty' | 'placeholder' | RefusalKind | 'no-decision' | 'too-vague';

/** The verdict on an objective, before it is put into words. */
export interface ObjectiveVerdict {
  ok: boolean;
  code?: ObjectiveCode;
  /** The words that decided a refusal ("courtesy call", "tiện đường"). */
  phrase?: string;
  /** What a weak objective was about ("pricing" in "Discuss pricing"), as the user wrote it. */
  topic?: string;
}

export interface ObjectiveCheck extends CheckResult {
  code?: ObjectiveCode;
}

/** Refusals that mean "no reason to go": the editor then offers customers with open business. */
const COURTESY_CALL_CODES: readonly ObjectiveCode[] = ['courtesy', 'time', 'passing', 'quota'];

/** True when an objective was refused as a courtesy call or one of the three non-reasons. */
export function isCourtesyCall(verdict: { code?: ObjectiveCode }): boolean {
  return verdict.code !== undefined && COURTESY_CALL_CODES.includes(verdict.code);
}

const MIN_CONTENT_WORDS = 3;
const MIN_CONTENT_SYLLABLES_VI = 4;
const MAX_TOPIC_WORDS = 8;

// Words between a weak verb and its topic ("update them on the roadmap", "thảo luận về giá").
const TOPIC_LEAD =
  /^(?:(?:about|on|over|through|regarding|re|them|him|her|us|more|again|further|in detail|về|việc|vấn đề|với khách hàng|cho khách hàng|với khách|cho khách|cho họ|với họ|khách hàng|họ|lại|qua|thêm|sơ bộ|chi tiết)(?:\s+|$))+/u;
// Where a topic ends and its audience begins ("our new product | to the purchasing team").
const TOPIC_TAIL =
  /\s(?:to|with|for|in front of|cho|với|tại|trước) (?:the|them|their|him|her|his|our|us|phòng|bộ phận|ban|khách|khách hàng|anh|chị|họ|đội|nhóm)(?:\s.*)?$/u;
// A clause-start word that, just before a commitment, makes it a question ("how to sign").
const QUESTION_WORDS = new Set(['how', 'when', 'whether', 'what', 'why', 'where', 'who', 'about', 'going']);

interface Analysis {
  match: string;
  display: string;
}

function governedBy(weak: Hit[], connectors: Hit[], commitment: Hit, match: string): boolean {
  let last: Hit | undefined;
  for (const w of weak) {
    // A weak verb that overlaps the commitment is the same words read two ways: the commitment wins.
    if (w.index < commitment.end && commitment.index < w.end) continue;
    if (w.end <= commitment.index && (!last || w.end > last.end)) last = w;
  }
  if (!last) return false;
  const between = connectors.some((c) => c.index >= last.end && c.end <= commitment.index);
  if (between) return false;
  // "present the offer to get a decision": an infinitive of purpose joins a second clause.
  const before = wordsOf(match.slice(last.end, commitment.index));
  if (before.at(-1) === 'to' && !QUESTION_WORDS.has(before.at(-2) ?? '')) return false;
  return true;
}

function withoutWords(text: string, ...patterns: (RegExp | undefined)[]): string[] {
  let rest = text;
  for (const re of patterns) if (re) rest = rest.replace(re, ' ');
  return wordsOf(rest);
}

// "Agree on next steps", "thống nhất các bước tiếp theo": a commitment whose object is only a
// hollow phrase commits to nothing.
function hollowObject(c: Hit, connectors: Hit[], a: Analysis, phrases: CompiledPhrases): boolean {
  const next = connectors.find((h) => h.index >= c.end);
  const object = a.match.slice(c.end, next ? next.index : a.match.length);
  if (!findFirst(object, phrases.hollow)) return false;
  return withoutWords(object, phrases.hollow, phrases.stopwords).length === 0;
}

function countedCommitments(a: Analysis, phrases: CompiledPhrases, extras: CompiledExtras): Hit[] {
  const commitments = findAll(a.match, phrases.commitments, phrases.acquisitions, extras.commitments);
  const requests = findAll(a.match, phrases.requests);
  if (commitments.length === 0) return requests;
  const weak = findAll(a.match, phrases.weak, extras.weak);
  const connectors = findAll(a.match, phrases.connectors);
  // A commitment word inside a hollow phrase ("hẹn" in "lịch hẹn") is part of that phrase.
  const hollow = findAll(a.match, phrases.hollow);
  const inHollow = (c: Hit): boolean => hollow.some((h) => h.index <= c.index && c.end <= h.end);
  const counted = commitments.filter(
    (c) =>
      !inHollow(c) && !governedBy(weak, connectors, c, a.match) && !hollowObject(c, connectors, a, phrases),
  );
  return [...counted, ...requests];
}

// Content words: the hollow phrases are not subtracted here, a hollow commitment already does not count.
function substance(a: Analysis, phrases: CompiledPhrases): number {
  return withoutWords(a.match, phrases.stopwords).length;
}

/** The user's words after a weak verb, up to the next clause, without leading filler. */
function topicAfter(a: Analysis, weak: Hit, phrases: CompiledPhrases): string | undefined {
  const cased = toMatchText(a.display, true);
  const source = cased.length === a.match.length ? cased : a.match;
  const next = findAll(a.match, phrases.connectors).find((c) => c.index >= weak.end);
  const lower = a.match.slice(weak.end, next ? next.index : a.match.length).trim();
  const lead = TOPIC_LEAD.exec(lower)?.[0].length ?? 0;
  const start = a.match.indexOf(lower, weak.end) + lead;
  const tail = TOPIC_TAIL.exec(lower.slice(lead))?.index ?? lower.length - lead;
  const words = source
    .slice(start, start + tail)
    .split(' ')
    .filter((w) => w !== '' && w !== '|');
  if (words.length === 0) return undefined;
  return words.slice(0, MAX_TOPIC_WORDS).join(' ');
}

/** Judges an objective; the words of the answer come from checkObjective. */
export function judgeObjective(text: string | undefined, notebook?: NotebookPhrases): ObjectiveVerdict {
  const display = forRules(normalizeDisplay(typeof text === 'string' ? text : ''));
  if (display === '') return { ok: false, code: 'empty' };
  const phrases = basePhrases();
  const extras = notebookPhrases(notebook);
  const key = toFoldedKey(display);
  if (key === '' || phrases.placeholders.has(key) || extras.placeholders.has(key)) {
    return { ok: false, code: 'placeholder', phrase: display };
  }
  const a: Analysis = { match: toMatchText(display), display };
  if (findFirst(a.match, phrases.placeholderWords))
    return { ok: false, code: 'placeholder', phrase: display };

  const hard = firstRefusal(a.match, phrases.hard, extras.vague);
  if (hard) return { ok: false, code: hard.kind, phrase: hard.hit.text };

  if (countedCommitments(a, phrases, extras).length > 0) {
    const vietnamese =
      hasVietnameseMarks(display) || findFirst(a.match, phrases.vietnameseCommitments) !== undefined;
    const needed = vietnamese ? MIN_CONTENT_SYLLABLES_VI : MIN_CONTENT_WORDS;
    return substance(a, phrases) >= needed ? { ok: true } : { ok: false, code: 'too-vague' };
  }

  // Whichever comes first says what the objective is: "Visit the customer and discuss pricing"
  // is a visit; "Discuss pricing over coffee" is a discussion, whose topic the suggestion reuses.
  const weak = findFirst(a.match, phrases.weak, extras.weak);
  const soft = firstRefusal(a.match, phrases.soft);
  if (soft && (!weak || soft.hit.index <= weak.index))
    return { ok: false, code: soft.kind, phrase: soft.hit.text };
  if (weak) return { ok: false, code: 'no-decision', phrase: weak.text, topic: topicAfter(a, weak, phrases) };
  return { ok: false, code: 'no-decision' };
}

function firstRefusal(
  match: string,
  patterns: Record<RefusalKind, RegExp | undefined>,
  extraCourtesy?: RegExp,
): { kind: RefusalKind; hit: Hit } | undefined {
  let best: { kind: RefusalKind; hit: Hit } | undefined;
  for (const kind of REFUSAL_KINDS) {
    const hit = findFirst(match, patterns[kind], kind === 'courtesy' ? extraCourtesy : undefined);
    if (hit && (!best || hit.index < best.hit.index)) best = { kind, hit };
  }
  return best;
}

/** The topic an objective or its weak verb's object is about, for a fitting example. */
function topicOf(text: string): TopicKey | undefined {
  const match = toMatchText(text);
  const { topics } = basePhrases();
  return TOPIC_KEYS.find((key) => findFirst(match, topics[key]) !== undefined);
}

/** Checks an objective: the verdict with its reason and suggestion in the requested language. */
export function checkObjective(text: string | undefined, ctx: RuleContext): ObjectiveCheck {
  const verdict = judgeObjective(text, ctx.phrases);
  if (verdict.ok || !verdict.code) return { ok: true };
  const lang = answerLanguage(ctx.lang);
  const m = messagesFor(lang).objective;
  const byTemplate = objectiveExample(lang, ctx.template);
  const quoted = shortQuote(verdict.phrase ?? '');
  const code = verdict.code;
  switch (code) {
    case 'empty':
      return { ok: false, code, reason: m.empty, suggestion: m.example(byTemplate) };
    case 'placeholder':
      return { ok: false, code, reason: m.placeholder(quoted), suggestion: m.example(byTemplate) };
    case 'courtesy':
    case 'time':
    case 'passing':
    case 'quota':
      return { ok: false, code, reason: m[code](quoted), suggestion: m.example(byTemplate) };
    case 'too-vague': {
      const topic = topicOf(normalizeDisplay(text ?? ''));
      const example = topic ? TOPIC_OBJECTIVES[lang][topic] : byTemplate;
      return { ok: false, code, reason: m.tooVague, suggestion: m.example(example) };
    }
    case 'no-decision': {
      const topicKey = verdict.topic ? topicOf(verdict.topic) : undefined;
      const example = topicKey ? TOPIC_OBJECTIVES[lang][topicKey] : byTemplate;
      const suggestion = verdict.topic
        ? m.decideAbout(shortQuote(verdict.topic), example)
        : m.example(example);
      return { ok: false, code, reason: m.noDecision, suggestion };
    }
  }
}
