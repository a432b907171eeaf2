// One block of an export document as React elements, with the markup and class names of
// shared/export/renderHtml.ts, so the exports' print stylesheet styles both alike. User text
// is always a text node; the user's own Markdown goes through the app's one sanitizing path.
import { Fragment, type MouseEvent } from 'react';
import type { Block } from '../../../../shared/export';
import type { FieldRow } from '../../../../shared/export/document';
import { Markdown } from '../../markdown/Markdown';
import { AgendaTable } from './AgendaTable';
import { Lines } from './Lines';

export function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p className={block.tone}>
          <Lines text={block.text} />
        </p>
      );
    case 'fields':
      return <Fields rows={block.rows} />;
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>
              <Lines text={item} />
            </li>
          ))}
        </ul>
      );
    case 'agenda':
      return <AgendaTable block={block} />;
    case 'tasks':
      return (
        <ul className="tasks">
          {block.items.map((task, index) => (
            <li key={index} className={task.done ? 'done' : undefined}>
              <span className="box" aria-hidden="true">
                {task.done ? '✓' : ''}
              </span>
              <Lines text={task.text} />
            </li>
          ))}
        </ul>
      );
    case 'fill':
      return (
        <>
          {Array.from({ length: block.lines }, (_, index) => (
            <div key={index} className="fill" />
          ))}
        </>
      );
    case 'markdown':
      return <Markdown text={block.source} />;
    case 'toc':
      return (
        <nav className="toc">
          <ol>
            {block.entries.map((entry) => (
              <li key={entry.anchor}>
                <a href={`#${entry.anchor}`} onClick={(event) => jumpTo(event, entry.anchor)}>
                  {entry.text}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      );
  }
}

/**
 * The contents' links keep `#anchor` as their address, so a PDF made of the page links to the
 * meeting; in the app the hash is the route, so a click scrolls there instead of navigating.
 */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, anchor: string): void {
  event.preventDefault();
  const target = document.getElementById(anchor);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

function Fields({ rows }: { rows: readonly FieldRow[] }) {
  return (
    <dl className="fields">
      {rows.map((row, index) => {
        const values = typeof row.value === 'string' ? [row.value] : row.value;
        return (
          <Fragment key={index}>
            <dt>{row.label}</dt>
            <dd>
              {values.map((value, i) => (
                <Fragment key={i}>
                  {i > 0 && <br />}
                  <Lines text={value} />
                </Fragment>
              ))}
            </dd>
          </Fragment>
        );
      })}
    </dl>
  );
}
