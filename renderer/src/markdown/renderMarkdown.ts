// The ONLY place HTML enters the page (architecture.md, "Rendering Markdown"): `marked` turns
// the notebook's Markdown into HTML and DOMPurify sanitizes it, always, before it reaches the
// DOM. Links keep their href only for https: and mailto: (opened in a new tab / the shell's
// allow-list, never in the app's own window); task-list checkboxes stay disabled.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false });

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
      // Only task-list checkboxes are expected here; ticking is wired by a later task.
      node.setAttribute('disabled', '');
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

export function renderMarkdown(text: string): string {
  const html = marked.parse(text, { async: false });
  return getPurifier().sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'button', 'textarea', 'select', 'iframe'],
    FORBID_ATTR: ['style', 'id', 'name'],
  });
}
