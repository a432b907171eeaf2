// Shows Markdown text as formatted HTML, through renderMarkdown (the one sanitizing path).
import { useMemo } from 'react';
import { renderMarkdown } from './renderMarkdown';

interface MarkdownProps {
  text: string;
  className?: string;
}

export function Markdown({ text, className }: MarkdownProps) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  // The only dangerouslySetInnerHTML in the app: renderMarkdown has sanitized it.
  return (
    <div
      className={['markdown', className].filter(Boolean).join(' ')}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
