// The user's own Markdown (preparation, notes) as HTML for the printed documents, through a
// small subset: headings, paragraphs, lists, tasks, quotes, rules, code, bold, italic. Every
// piece of text is escaped first and no raw HTML, link or image ever passes, so the result is
// safe without a DOM sanitizer (shared/ has no DOM) and never loads anything from elsewhere.
import { escapeHtml } from './escapeHtml';

type ListKind = 'ul' | 'ol' | 'tasks';

interface ListItem {
  html: string;
  depth: number;
  done?: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TASK = /^(\s*)[-*+][ \t]+\[([ xX])\][ \t]+(.*)$/;
const BULLET = /^(\s*)[-*+][ \t]+(.*)$/;
const ORDERED = /^(\s*)\d{1,9}[.)][ \t]+(.*)$/;
const QUOTE = /^ {0,3}>[ \t]?(.*)$/;

export function markdownToSafeHtml(source: string): string {
  const out = new HtmlBlocks();
  let fence: string | null = null;
  let code: string[] = [];
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) {
        out.block(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
        fence = null;
      } else {
        code.push(line);
      }
      continue;
    }
    if (fenceMark !== undefined) {
      out.block('');
      fence = fenceMark;
      code = [];
      continue;
    }
    const heading = HEADING.exec(line);
    const task = TASK.exec(line);
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    const quote = QUOTE.exec(line);
    if (line.trim() === '') out.block('');
    else if (heading) out.block(`<h4 class="md-heading">${inlineHtml(heading[1] ?? '')}</h4>`);
    else if (RULE.test(line)) out.block('<hr>');
    else if (task) out.item('tasks', task[1] ?? '', task[3] ?? '', task[2] !== ' ');
    else if (bullet) out.item('ul', bullet[1] ?? '', bullet[2] ?? '');
    else if (ordered) out.item('ol', ordered[1] ?? '', ordered[2] ?? '');
    else if (quote) out.block(`<blockquote>${inlineHtml(quote[1] ?? '')}</blockquote>`);
    else out.text(line);
  }
  // An unclosed fence runs to the end, as in CommonMark.
  if (fence !== null) out.block(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
  return out.finish();
}

/** The HTML being built, with the paragraph or list still open. */
class HtmlBlocks {
  private readonly out: string[] = [];
  private paragraph: string[] = [];
  private list: { kind: ListKind; items: ListItem[] } | null = null;

  /** Closes what is open and adds a finished block ('' only closes). */
  block(html: string): void {
    this.closeParagraph();
    this.closeList();
    if (html !== '') this.out.push(html);
  }

  item(kind: ListKind, indent: string, text: string, done?: boolean): void {
    this.closeParagraph();
    if (this.list === null || this.list.kind !== kind) {
      this.closeList();
      this.list = { kind, items: [] };
    }
    const depth = Math.min(3, Math.floor(indent.replace(/\t/g, '    ').length / 2));
    this.list.items.push({ html: inlineHtml(text), depth, ...(done === undefined ? {} : { done }) });
  }

  /** A text line: an indented one continues the open list item, any other joins the paragraph. */
  text(line: string): void {
    const last = this.list?.items[this.list.items.length - 1];
    if (last && /^\s/.test(line)) {
      last.html += ` ${inlineHtml(line.trim())}`;
      return;
    }
    this.closeList();
    this.paragraph.push(line.trim());
  }

  finish(): string {
    this.block('');
    return this.out.join('\n');
  }

  private closeParagraph(): void {
    if (this.paragraph.length > 0) this.out.push(`<p>${this.paragraph.map(inlineHtml).join('<br>')}</p>`);
    this.paragraph = [];
  }

  private closeList(): void {
    if (this.list !== null) this.out.push(listHtml(this.list.kind, this.list.items));
    this.list = null;
  }
}

function listHtml(kind: ListKind, items: readonly ListItem[]): string {
  const tag = kind === 'ol' ? 'ol' : 'ul';
  const className = kind === 'tasks' ? ' class="tasks"' : '';
  const lis = items.map((item) => {
    const classes = [item.depth > 0 ? `depth-${item.depth}` : '', item.done ? 'done' : ''].filter(Boolean);
    const attr = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
    const box = kind === 'tasks' ? taskBox(item.done === true) : '';
    return `<li${attr}>${box}${item.html}</li>`;
  });
  return `<${tag}${className}>${lis.join('')}</${tag}>`;
}

export function taskBox(done: boolean): string {
  return `<span class="box" aria-hidden="true">${done ? '✓' : ''}</span>`;
}

/** Inline Markdown to HTML: code spans, bold, italic; a link prints as "text (address)". */
function inlineHtml(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part, index) =>
      index % 2 === 1 ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : inlineText(part),
    )
    .join('');
}

function inlineText(text: string): string {
  // Backslash escapes become placeholders first, so an escaped `*` never starts emphasis.
  const protectedText = text.replace(
    /\\([!-/:-@[-`{-~])/g,
    (_, ch: string) => `\uE000${ch.charCodeAt(0)}\uE001`,
  );
  return escapeHtml(protectedText)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '<strong>$2</strong>')
    .replace(/(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])/g, '<em>$1</em>')
    .replace(/(?<![_\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![_\w])/g, '<em>$1</em>')
    .replace(/\uE000(\d+)\uE001/g, '&#$1;');
}
