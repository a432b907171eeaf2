// One agenda item: drag handle, title, minutes, its clock times, remove. The keys that shape
// the list (Enter, Alt+↑/↓, Backspace/Delete on an empty item) are handed to the builder.
import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaRow } from './agendaRows';

export type RowKeyAction = 'insertAfter' | 'moveUp' | 'moveDown' | 'removeEmpty';
export type RowField = 'title' | 'minutes' | 'handle';

interface AgendaRowEditorProps {
  row: AgendaRow;
  number: number;
  start?: string;
  end?: string;
  dropMark?: 'before' | 'after';
  dragging: boolean;
  onChange(change: Partial<Omit<AgendaRow, 'key'>>): void;
  onKeyAction(action: RowKeyAction, field: RowField): void;
  onRemove(): void;
  onBlur?(): void;
  onDragStart(event: DragEvent<HTMLElement>): void;
  onDragOver(event: DragEvent<HTMLLIElement>): void;
  onDrop(event: DragEvent<HTMLLIElement>): void;
  onDragEnd(): void;
  register(field: RowField, node: HTMLElement | null): void;
}

/** The list-shaping action of a key press in a row, if it is one. */
export function rowKeyAction(
  event: KeyboardEvent<HTMLElement>,
  field: RowField,
  emptyTitle: boolean,
): RowKeyAction | undefined {
  if (event.altKey && !event.ctrlKey && !event.metaKey) {
    if (event.key === 'ArrowUp') return 'moveUp';
    if (event.key === 'ArrowDown') return 'moveDown';
    return undefined;
  }
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return undefined;
  if (event.key === 'Enter' && field !== 'handle') return 'insertAfter';
  if ((event.key === 'Backspace' || event.key === 'Delete') && field === 'title' && emptyTitle)
    return 'removeEmpty';
  return undefined;
}

export function AgendaRowEditor({
  row,
  number,
  start,
  end,
  dropMark,
  dragging,
  onChange,
  onKeyAction,
  onRemove,
  onBlur,
  onDragStart,
  onDragOver,
  onDrop,
  onDragEnd,
  register,
}: AgendaRowEditorProps) {
  const { t } = useTranslation();
  const keys = (field: RowField) => (event: KeyboardEvent<HTMLElement>) => {
    const action = rowKeyAction(event, field, row.title === '');
    if (!action) return;
    event.preventDefault();
    onKeyAction(action, field);
  };
  const className = [
    'agenda-row',
    dragging ? 'agenda-row-dragging' : '',
    dropMark ? `agenda-row-drop-${dropMark}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li className={className} onDragOver={onDragOver} onDrop={onDrop}>
      <button
        type="button"
        ref={(node) => register('handle', node)}
        className="agenda-handle"
        draggable
        aria-label={t('editor.agenda.handle', { number })}
        title={t('editor.agenda.handleTitle')}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onKeyDown={keys('handle')}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="agenda-number" aria-hidden="true">
        {number}.
      </span>
      {/* A one-line text area that grows with a long title instead of cutting it off; an item
          title is one line in the file, so line breaks (typed or pasted) become spaces. */}
      <textarea
        ref={(node) => register('title', node)}
        className="agenda-title-input"
        rows={1}
        aria-label={t('editor.agenda.rowTitle', { number })}
        aria-keyshortcuts="Enter Alt+ArrowUp Alt+ArrowDown"
        placeholder={t('editor.agenda.titlePlaceholder')}
        value={row.title}
        onChange={(event) => onChange({ title: event.target.value.replace(/\r?\n/g, ' ') })}
        onKeyDown={keys('title')}
        onBlur={onBlur}
      />
      <span className="agenda-minutes">
        <input
          ref={(node) => register('minutes', node)}
          type="number"
          min={0}
          max={1440}
          step={5}
          inputMode="numeric"
          aria-label={t('editor.agenda.rowMinutes', { number })}
          value={row.minutes}
          onChange={(event) => onChange({ minutes: event.target.value })}
          onKeyDown={keys('minutes')}
          onBlur={onBlur}
        />
        <span aria-hidden="true">{t('editor.agenda.minutesUnit')}</span>
      </span>
      <span className="agenda-clock">{start && end ? t('editor.agenda.clock', { start, end }) : ''}</span>
      <button
        type="button"
        className="icon-button agenda-remove"
        aria-label={t('editor.agenda.remove', { number })}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}
