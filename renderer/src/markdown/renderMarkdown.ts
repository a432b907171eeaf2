// The ONLY place HTML enters the page (architecture.md, "Rendering Markdown"): `marked` turns
// the notebook's Markdown into HTML and DOMPurify sanitizes it, always, before it reaches the
// DOM. Links keep their href only for https: and mailto: (opened in a new tab / the shell's
// allow-list, never in the app's own window). Task-list checkboxes stay disabled, unless the
// caller asks for tickable ones (renderMarkdownWithTasks): those are numbered in document order
// so that a click can be traced back to the task's line in the source.
import DOMPurify from 'dompurify';
import { Marked, type Token, type Tokens } from 'marked';

const OPTIONS = { gfm: true, breaks: false } as const;
const marked = new Marked(OPTIONS);

// The numbered checkbox of a tickable task list. The number is prefixed with a token drawn for
// each render, so a checkbox typed as raw HTML in a note can never pass for a task.
type NumberedCheckbox = Tokens.Checkbox & { taskNumber?: number };
let renderNonce = '';
const tasksMarked = new Marked(OPTIONS, {
  renderer: {
    checkbox(token: NumberedCheckbox) {
      if (token.taskNumber === undefined) return false;
      const checked = token.checked ? ' checked=""' : '';
      return `<input type="checkbox" data-task="${renderNonce}:${token.taskNumber}"${checked}> `;
    },
  },
});

const OPENABLE = new Set(['https:', 'mailto:']);

/** True for an href the shell may open: an absolute https: or mailto: URL. */
export function isOpenableHref(href: string): boolean {
  try {
    return OPENABLE.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

let purifier: ReturnType<typeof DOMPurify> | undefined;
/** Set only while renderMarkdownWithTasks sanitizes (sanitizing is synchronous). */
let tickableNonce: string | undefined;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement) {
      const href = node.getAttribute('href');
      if (href !== null && isOpenableHref(href)) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        // Relative links, javascript:, file:, http: … would navigate the app itself.
        node.removeAttribute('href');
        node.removeAttribute('target');
      }
    } else if (node instanceof HTMLInputElement) {
      // Only task-list checkboxes are expected here. One stays tickable only when it is a task
      // numbered by this very render; its number is then kept without the nonce.
      const number = tickableTaskNumber(node.getAttribute('data-task'));
      node.removeAttribute('data-task');
      if (number === undefined) node.setAttribute('disabled', '');
      else {
        node.removeAttribute('disabled');
        node.setAttribute('data-task', number);
      }
      if (node.getAttribute('type') !== 'checkbox') node.remove();
    } else if (node instanceof HTMLImageElement) {
      // No remote content: only inline data images survive.
      const src = node.getAttribute('src') ?? '';
      if (!src.startsWith('data:image/')) node.removeAttribute('src');
    }
  });
  purifier = instance;
  return instance;
}

function tickableTaskNumber(value: string | null): string | undefined {
  if (tickableNonce === undefined || value === null) return undefined;
  const match = /^([a-z0-9]+):(\d+)$/.exec(value);
  return match && match[1] === tickableNonce ? match[2] : undefined;
}

function sanitize(html: string): string {
  return getPurifier().sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'button', 'textarea', 'select', 'iframe'],
    FORBID_ATTR: ['style', 'id', 'name'],
  });
}

export function renderMarkdown(text: string): string {
  return sanitize(marked.parse(text, { async: false }));
}

/** A task-list item as rendered: its checkbox number and the first line of its source. */
export interface RenderedTask {
  number: number;
  /** The item's first source line as the lexer saw it ("- [ ] Send the offer"), indentation removed. */
  sourceLine: string;
  checked: boolean;
}

/**
 * Markdown with tickable task lists: each task checkbox is enabled and carries
 * `data-task="<n>"` (n = 0, 1, … in document order), and `tasks` says which source line each n
 * came from. Everything else is exactly renderMarkdown's output.
 */
export function renderMarkdownWithTasks(text: string): { html: string; tasks: RenderedTask[] } {
  const tokens = tasksMarked.lexer(text);
  const tasks: RenderedTask[] = [];
  let item: Tokens.ListItem | undefined;
  // walkTokens visits an item before its own checkbox, in the order the parser renders them.
  tasksMarked.walkTokens(tokens, (token: Token) => {
    if (token.type === 'list_item') item = token as Tokens.ListItem;
    else if (token.type === 'checkbox' && item) {
      const checkbox = token as NumberedCheckbox;
      checkbox.taskNumber = tasks.length;
      tasks.push({
        number: tasks.length,
        sourceLine: (item.raw.split('\n')[0] ?? '').trim(),
        checked: checkbox.checked,
      });
    }
  });
  renderNonce = Math.random().toString(36).slice(2);
  tickableNonce = renderNonce;
  try {
    return { html: sanitize(tasksMarked.parser(tokens)), tasks };
  } finally {
    tickableNonce = undefined;
  }
}
