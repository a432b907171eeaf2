// The body of a template file (vault-format.md, "A notebook template"): a `## Questions`
// section whose list items are the questions to prepare, and a `## Preparation` section whose
// text is copied into a new meeting's Preparation. Other sections are the user's own and
// ignored. Hand-written templates may use the Vietnamese headings "Câu hỏi" and "Chuẩn bị".

export interface TemplateSections {
  questions: string[];
  preparation: string;
}

const HEADING = /^##[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const LIST_ITEM = /^(?:[-*+]|\d+[.)])[ \t]+(.*)$/;
const CONTINUATION = /^[ \t]+\S/;

const QUESTIONS = new Set(['questions', 'câu hỏi']);
const PREPARATION = new Set(['preparation', 'chuẩn bị']);

/** Reads the two sections from a body with LF line endings. */
export function parseSections(body: string): TemplateSections {
  const sections = splitSections(body);
  return {
    questions: listItems(sections.get('questions') ?? []),
    preparation: trimBlankLines(sections.get('preparation') ?? []).join('\n'),
  };
}

/** The body the app writes for a template: both sections, always in this order. */
export function formatSections({ questions, preparation }: TemplateSections): string {
  const items = questions.map(oneLine).filter((q) => q !== '');
  const prep = preparation.replace(/\r\n/g, '\n').trim();
  return (
    '## Questions\n' +
    items.map((q) => `- ${q}\n`).join('') +
    '\n## Preparation\n' +
    (prep === '' ? '' : `${prep}\n`)
  );
}

/** Lines of the questions and preparation sections, keyed by their canonical name. */
function splitSections(body: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    // A `##` inside a fenced code block is text, not a heading.
    const fenceMark = /^[ \t]*(```|~~~)/.exec(line)?.[1];
    if (fenceMark !== undefined) {
      if (fence === undefined) fence = fenceMark;
      else if (fence === fenceMark) fence = undefined;
    }
    const heading = fence === undefined ? HEADING.exec(line) : null;
    if (heading) {
      const title = heading[1].toLocaleLowerCase('vi');
      const key = QUESTIONS.has(title) ? 'questions' : PREPARATION.has(title) ? 'preparation' : undefined;
      // A repeated heading continues the first section of that name rather than replacing it.
      current = key === undefined ? undefined : (sections.get(key) ?? []);
      if (key !== undefined && current !== undefined) sections.set(key, current);
      continue;
    }
    current?.push(line);
  }
  return sections;
}

/** Top-level list items; indented lines that follow an item are joined to it. */
function listItems(lines: string[]): string[] {
  const items: string[] = [];
  let open = false;
  for (const line of lines) {
    const item = LIST_ITEM.exec(line);
    if (item) {
      items.push(item[1].trim());
      open = true;
    } else if (open && CONTINUATION.test(line)) {
      items[items.length - 1] = `${items[items.length - 1]} ${line.trim()}`.trim();
    } else {
      open = false;
    }
  }
  return items.filter((q) => q !== '');
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}

/** A question is one list item: line breaks inside it would start a new paragraph. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
