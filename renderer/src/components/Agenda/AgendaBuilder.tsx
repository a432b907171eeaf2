// The agenda builder: time-boxed items that can be added, removed and reordered by keyboard
// (Enter, Alt+↑/↓, Backspace/Delete on an empty item) and by dragging the handle, each with
// its clock time from the meeting's start, and the running total against the duration. The
// rows are kept here while they are edited; the file gets the rows that have a title. When
// the agenda changes from outside (a reload, another program), the rows start over from it.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaSchedule, agendaTotalMinutes } from '../../../../shared/checklist/agenda';
import type { AgendaItem } from '../../../../shared/domain/fields';
import { sameValue } from '../../autosave/fieldDiff';
import { AgendaRowEditor, type RowField, type RowKeyAction } from './AgendaRowEditor';
import {
  agendaFromRows,
  dropIndex,
  insertRowAfter,
  moveRow,
  removeRow,
  rowMinutes,
  rowsFromAgenda,
  updateRow,
  type AgendaRow,
} from './agendaRows';
import { AgendaTotal } from './AgendaTotal';
import './agenda.css';

interface AgendaBuilderProps {
  value: readonly AgendaItem[] | undefined;
  onChange(agenda: AgendaItem[]): void;
  /** The meeting's length in minutes. */
  duration: number | undefined;
  /** The meeting's start (HH:MM), for each item's clock time. */
  startTime: string | undefined;
  /** Leaving a field: save now. */
  onBlur?(): void;
}

interface Drag {
  from: number;
  over?: { index: number; lowerHalf: boolean };
}

export function AgendaBuilder({ value, onChange, duration, startTime, onBlur }: AgendaBuilderProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<AgendaRow[]>(() => rowsFromAgenda(value));
  // The agenda the rows stand for: what came in, or what they last sent out.
  const [synced, setSynced] = useState<readonly AgendaItem[]>(() => agendaFromRows(rowsFromAgenda(value)));
  const [drag, setDrag] = useState<Drag>();
  const [announcement, setAnnouncement] = useState('');
  const nodes = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<{ key: string; field: RowField }>(undefined);

  // A different agenda from outside (a reload, another program) replaces the rows; the echo of
  // our own change does not.
  const incoming = value ?? [];
  if (!sameValue(incoming, synced)) {
    setSynced(incoming);
    setRows(rowsFromAgenda(incoming));
  }

  // After a row was added, moved or removed, the keyboard stays with it.
  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = undefined;
    nodes.current.get(`${focus.key}:${focus.field}`)?.focus();
  });

  function setFocus(focus: { key: string; field: RowField }) {
    pendingFocus.current = focus;
  }

  function commit(next: AgendaRow[]) {
    setRows(next);
    const agenda = agendaFromRows(next);
    if (!sameValue(agenda, synced)) {
      setSynced(agenda);
      onChange(agenda);
    }
  }

  function move(index: number, to: number, field: RowField) {
    const row = rows[index];
    if (!row || to < 0 || to >= rows.length || to === index) return;
    commit(moveRow(rows, index, to));
    setFocus({ key: row.key, field });
    setAnnouncement(
      t('editor.agenda.moved', { title: row.title || t('editor.agenda.untitled'), position: to + 1 }),
    );
  }

  function add(after: number) {
    const inserted = insertRowAfter(rows, after);
    commit(inserted.rows);
    setFocus({ key: inserted.key, field: 'title' });
  }

  function remove(index: number, focusAfter: boolean) {
    const next = removeRow(rows, index);
    commit(next);
    setAnnouncement(t('editor.agenda.removed', { number: index + 1 }));
    if (!focusAfter) return;
    const neighbour = next[Math.max(0, index - 1)];
    if (neighbour) setFocus({ key: neighbour.key, field: 'title' });
    else nodes.current.get('add')?.focus();
  }

  function keyAction(index: number, action: RowKeyAction, field: RowField) {
    if (action === 'insertAfter') add(index);
    else if (action === 'moveUp') move(index, index - 1, field);
    else if (action === 'moveDown') move(index, index + 1, field);
    else remove(index, true);
  }

  function dragOver(index: number, event: DragEvent<HTMLLIElement>) {
    if (!drag) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const box = event.currentTarget.getBoundingClientRect();
    const lowerHalf = event.clientY > box.top + box.height / 2;
    if (drag.over?.index !== index || drag.over.lowerHalf !== lowerHalf) {
      setDrag({ ...drag, over: { index, lowerHalf } });
    }
  }

  function drop(event: DragEvent<HTMLLIElement>) {
    if (!drag?.over) return;
    event.preventDefault();
    move(drag.from, dropIndex(drag.from, drag.over.index, drag.over.lowerHalf), 'handle');
    setDrag(undefined);
  }

  const schedule = agendaSchedule(
    rows.map((row) => ({ title: row.title, minutes: rowMinutes(row) })),
    startTime,
  );
  const total = agendaTotalMinutes(schedule);

  return (
    <div className="agenda-builder">
      {rows.length === 0 ? (
        <p className="muted">{t('editor.agenda.empty')}</p>
      ) : (
        <ol className="agenda-rows" aria-label={t('editor.agenda.title')}>
          {rows.map((row, index) => {
            const over = drag?.over;
            const mark =
              drag && over?.index === index && drag.from !== index
                ? over.lowerHalf
                  ? 'after'
                  : 'before'
                : undefined;
            return (
              <AgendaRowEditor
                key={row.key}
                row={row}
                number={index + 1}
                start={schedule[index]?.start}
                end={schedule[index]?.end}
                dropMark={mark}
                dragging={drag?.from === index}
                onChange={(change) => commit(updateRow(rows, row.key, change))}
                onKeyAction={(action, field) => keyAction(index, action, field)}
                onRemove={() => remove(index, true)}
                onBlur={onBlur}
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = 'move';
                  // Firefox starts a drag only with some data set.
                  event.dataTransfer.setData('text/plain', row.title);
                  setDrag({ from: index });
                }}
                onDragOver={(event) => dragOver(index, event)}
                onDrop={drop}
                onDragEnd={() => setDrag(undefined)}
                register={(field, node) => {
                  const id = `${row.key}:${field}`;
                  if (node) nodes.current.set(id, node);
                  else nodes.current.delete(id);
                }}
              />
            );
          })}
        </ol>
      )}
      <div className="agenda-footer">
        <button
          type="button"
          className="button button-small"
          ref={(node) => {
            if (node) nodes.current.set('add', node);
            else nodes.current.delete('add');
          }}
          onClick={() => add(rows.length - 1)}
        >
          {t('editor.agenda.add')}
        </button>
        <AgendaTotal total={total} duration={duration} end={schedule.at(-1)?.end} />
      </div>
      <p className="field-hint">{t('editor.agenda.keys')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
