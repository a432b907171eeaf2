// Splits a meeting body into the sections vault-format.md names: `## Preparation`,
// `## Questions`, `## Notes`, `## Action items`, or their Vietnamese names (`## Chuẩn bị`,
// `## Câu hỏi`, `## Ghi chú`, `## Việc cần làm`). Headings match case-insensitively and with or
// without diacritics ("Cau hoi" is how many people type without a Vietnamese keyboard).
// Every other section is kept as "other": internal, never printed on the customer copy.
import { foldDiacritics } from '../text/foldDiacritics';
import type { MeetingSections, OtherSection, TaskItem } from './types';

type KnownSection = 'preparation' | 'questions' | 'notes' | 'actionItems';

const KNOWN_HEADINGS: Readonly<Record<string, KnownSection>> = {
  preparation: 'preparation',
  'chuan bi': 'preparation',
  questions: 'questions',
  'cau hoi': 'questions',
  notes: 'notes',
  'ghi chu': 'notes',
  'action items': 'actionItems',
  'viec can lam': 'actionItems',
};

// A level-2 ATX heading only (`### Sub` stays inside its section), optional closing hashes.
const HEADING = /^ {0,3}##[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TASK = /^\s*[-*+][ \t]+\[([ xX])\][ \t]+(.*\S)\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?(.*))?$/;

interface RawSection {
  heading: string;
  /** 0-based index of the first content line in the body. */
  start: number;
  lines: string[];
}

export interface ParseSectionsOptions {
  /** Lines before the body in its file (front matter), so task line numbers are file lines. */
  lineOffset?: number;
}

export function parseSections(body: string, options: ParseSectionsOptions = {}): MeetingSections {
  const lineOffset = options.lineOffset ?? 0;
  const result: MeetingSections = { preparation: '', questions: [], notes: '', actionItems: [], other: [] };
  for (const section of splitSections(body)) {
    const known = KNOWN_HEADINGS[normaliseHeading(section.heading)];
    const content = trimBlankLines(section.lines);
    if (known === 'preparation') result.preparation = joinText(result.preparation, content);
    else if (known === 'notes') result.notes = joinText(result.notes, content);
    else if (known === 'questions') result.questions.push(...listItems(section.lines));
    else if (known === 'actionItems') result.actionItems.push(...tasks(section, lineOffset));
    else if (section.heading !== '' || content !== '') result.other.push(otherSection(section, content));
  }
  return result;
}

function splitSections(body: string): RawSection[] {
  const lines = body
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const sections: RawSection[] = [{ heading: '', start: 0, lines: [] }];
  let fence: string | null = null;
  lines.forEach((line, index) => {
    const current = sections[sections.length - 1] as RawSection;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fenceMark !== undefined) {
      // A fence closes only with the same character, at least as long: CommonMark's rule.
      if (fence === null) fence = fenceMark;
      else if (fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
    }
    const heading = fence === null ? HEADING.exec(line) : null;
    if (heading) sections.push({ heading: (heading[1] ?? '').trim(), start: index + 1, lines: [] });
    else current.lines.push(line);
  });
  return sections;
}

function normaliseHeading(heading: string): string {
  return foldDiacritics(heading)
    .replace(/[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function trimBlankLines(lines: string[]): string {
  let first = 0;
  let last = lines.length;
  while (first < last && (lines[first] ?? '').trim() === '') first++;
  while (last > first && (lines[last - 1] ?? '').trim() === '') last--;
  return lines.slice(first, last).join('\n');
}

function joinText(existing: string, more: string): string {
  if (existing === '') return more;
  return more === '' ? existing : `${existing}\n\n${more}`;
}

/** List items; an indented line continues the item above; any other text line is kept as its own item. */
function listItems(lines: string[]): string[] {
  const items: string[] = [];
  let open = false;
  for (const line of lines) {
    if (line.trim() === '') {
      open = false;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const text = (item[1] ?? '').trim();
      open = text !== '';
      if (open) items.push(text);
    } else if (open && /^\s/.test(line)) {
      items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line.trim()}`;
    } else {
      items.push(line.trim());
      open = false;
    }
  }
  return items;
}

function tasks(section: RawSection, lineOffset: number): TaskItem[] {
  const found: TaskItem[] = [];
  section.lines.forEach((line, index) => {
    const task = TASK.exec(line);
    if (!task) return;
    found.push({
      line: lineOffset + section.start + index + 1,
      text: (task[2] ?? '').trim(),
      done: task[1] !== ' ',
    });
  });
  return found;
}

function otherSection(section: RawSection, content: string): OtherSection {
  return { heading: section.heading, content };
}
