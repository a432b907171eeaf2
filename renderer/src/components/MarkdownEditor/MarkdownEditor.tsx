// Markdown text with an Edit / Preview toggle. The preview goes through the one sanitizing
// renderer; the text is only ever edited as plain text.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown, type TickableTasks } from '../../markdown/Markdown';

interface MarkdownEditorProps {
  label: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  emptyText: string;
  rows?: number;
  /** Heading level of the label, so the page outline stays right. */
  headingLevel?: 2 | 3;
  /** Task-list checkboxes of the preview that can be ticked (the meeting's action items). */
  tasks?: TickableTasks;
}

export function MarkdownEditor({
  label,
  value,
  onChange,
  onBlur,
  emptyText,
  rows = 14,
  headingLevel = 2,
  tasks,
}: MarkdownEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<'edit' | 'preview'>(() => (value.trim() ? 'preview' : 'edit'));
  const [focusOnEdit, setFocusOnEdit] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  useEffect(() => {
    if (mode === 'edit' && focusOnEdit) textarea.current?.focus();
  }, [mode, focusOnEdit]);

  return (
    <div className="markdown-editor">
      <div className="markdown-editor-bar">
        <Heading id={`${id}-label`} className="section-title">
          {label}
        </Heading>
        <div className="segmented segmented-small" role="group" aria-label={t('markdown.mode', { label })}>
          <button
            type="button"
            aria-pressed={mode === 'edit'}
            onClick={() => {
              setFocusOnEdit(true);
              setMode('edit');
            }}
          >
            {t('markdown.edit')}
          </button>
          <button type="button" aria-pressed={mode === 'preview'} onClick={() => setMode('preview')}>
            {t('markdown.preview')}
          </button>
        </div>
      </div>
      {mode === 'edit' ? (
        <>
          <textarea
            ref={textarea}
            id={`${id}-text`}
            className="markdown-input"
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-hint`}
            rows={rows}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t('markdown.hint')}
          </p>
        </>
      ) : value.trim() ? (
        <Markdown text={value} className="markdown-preview" tasks={tasks} />
      ) : (
        <p className="muted">{emptyText}</p>
      )}
    </div>
  );
}
