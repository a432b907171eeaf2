// @vitest-environment jsdom
// The agenda builder as a user drives it: clock times and the running total against the
// duration, Enter for a new item, Alt+↑/↓ to reorder (the keyboard staying on the moved item),
// Backspace on an empty item to remove it, and what the file would get after each step.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../../shared/domain/fields';
import { AgendaBuilder } from '../../../../renderer/src/components/Agenda/AgendaBuilder';
import { applyLanguage, initI18n } from '../../../../renderer/src/i18n/i18n';

const START: AgendaItem[] = [
  { title: 'Introductions', minutes: 5 },
  { title: 'Their priorities', minutes: 20 },
  { title: 'Next steps', minutes: 10 },
];

/** The builder inside a parent that keeps the agenda, as the meeting editor does. */
function Harness({ initial, saved }: { initial: AgendaItem[]; saved: AgendaItem[][] }) {
  const [agenda, setAgenda] = useState(initial);
  return (
    <AgendaBuilder
      value={agenda}
      duration={30}
      startTime="09:30"
      onChange={(next) => {
        saved.push(next);
        setAgenda(next);
      }}
    />
  );
}

function setup(initial = START) {
  const saved: AgendaItem[][] = [];
  render(<Harness initial={initial} saved={saved} />);
  const list = screen.getByRole('list', { name: 'Agenda items' });
  const titles = () =>
    within(list)
      .getAllByRole('textbox')
      .map((box) => (box as HTMLTextAreaElement).value);
  return { saved, list, titles, last: () => saved.at(-1) };
}

beforeAll(async () => {
  initI18n();
  await applyLanguage('en');
});
afterEach(cleanup);

describe('agenda builder', () => {
  it('shows each item’s clock time and the total against the duration', () => {
    const { list } = setup();
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => within(row).getByText(/–/).textContent)).toEqual([
      '09:30–09:35',
      '09:35–09:55',
      '09:55–10:05',
    ]);
    expect(screen.getByTestId('agenda-total').textContent).toBe('35 of 30 min · 5 min over · ends 10:05');
  });

  it('moves an item with Alt+↓ and Alt+↑, keeping the keyboard on it', async () => {
    const user = userEvent.setup();
    const { titles, last } = setup();
    await user.click(screen.getByRole('textbox', { name: 'Item 1' }));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(titles()).toEqual(['Their priorities', 'Introductions', 'Next steps']);
    expect(last()?.map((item) => item.title)).toEqual(['Their priorities', 'Introductions', 'Next steps']);
    expect((document.activeElement as HTMLTextAreaElement).value).toBe('Introductions');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(titles()).toEqual(['Their priorities', 'Next steps', 'Introductions']);
    // At the end it stays there; the clock times follow the new order.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(titles()).toEqual(['Their priorities', 'Next steps', 'Introductions']);
    expect(screen.getAllByText(/^\d\d:\d\d–\d\d:\d\d$/).map((node) => node.textContent)).toEqual([
      '09:30–09:50',
      '09:50–10:00',
      '10:00–10:05',
    ]);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(titles()).toEqual(['Their priorities', 'Introductions', 'Next steps']);
    expect(screen.getByRole('status').textContent).toBe('Moved “Introductions” to position 2.');
  });

  it('moves an item from its minutes field and from its drag handle too', async () => {
    const user = userEvent.setup();
    const { titles } = setup();
    await user.click(screen.getByRole('spinbutton', { name: 'Minutes of item 3' }));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(titles()).toEqual(['Introductions', 'Next steps', 'Their priorities']);
    expect(document.activeElement).toBe(screen.getByRole('spinbutton', { name: 'Minutes of item 2' }));
    screen.getByRole('button', { name: 'Move item 2' }).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(titles()).toEqual(['Next steps', 'Introductions', 'Their priorities']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move item 1' }));
  });

  it('adds an item with Enter right after the current one, saved once it has a title', async () => {
    const user = userEvent.setup();
    const { titles, saved, last } = setup();
    await user.click(screen.getByRole('textbox', { name: 'Item 1' }));
    await user.keyboard('{Enter}');
    expect(titles()).toEqual(['Introductions', '', 'Their priorities', 'Next steps']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Item 2' }));
    // An empty item is not written to the file.
    expect(saved).toEqual([]);
    await user.keyboard('Demo của sản phẩm');
    await user.type(screen.getByRole('spinbutton', { name: 'Minutes of item 2' }), '15');
    expect(last()).toEqual([
      { title: 'Introductions', minutes: 5 },
      { title: 'Demo của sản phẩm', minutes: 15 },
      { title: 'Their priorities', minutes: 20 },
      { title: 'Next steps', minutes: 10 },
    ]);
    expect(screen.getByTestId('agenda-total').textContent).toContain('50 of 30 min · 20 min over');
  });

  it('removes an empty item with Backspace, and moves the keyboard to the one above', async () => {
    const user = userEvent.setup();
    const { titles } = setup();
    await user.click(screen.getByRole('textbox', { name: 'Item 2' }));
    await user.keyboard('{Enter}');
    expect(titles()).toHaveLength(4);
    await user.keyboard('{Backspace}');
    expect(titles()).toEqual(['Introductions', 'Their priorities', 'Next steps']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Item 2' }));
    // Backspace in a title with text only deletes text.
    await user.keyboard('{Backspace}');
    expect(titles()).toEqual(['Introductions', 'Their prioritie', 'Next steps']);
  });

  it('removes an item with its × button', async () => {
    const user = userEvent.setup();
    const { titles, last } = setup();
    await user.click(screen.getByRole('button', { name: 'Remove item 2' }));
    expect(titles()).toEqual(['Introductions', 'Next steps']);
    expect(last()).toEqual([
      { title: 'Introductions', minutes: 5 },
      { title: 'Next steps', minutes: 10 },
    ]);
    expect(screen.getByTestId('agenda-total').textContent).toBe('15 of 30 min · 15 min left · ends 09:45');
  });

  it('starts over when the agenda changes from outside (a reload)', () => {
    const saved: AgendaItem[][] = [];
    const { rerender } = render(
      <AgendaBuilder value={START} duration={30} startTime={undefined} onChange={(a) => saved.push(a)} />,
    );
    act(() => {
      rerender(
        <AgendaBuilder
          value={[{ title: 'Edited in Obsidian', minutes: 30 }]}
          duration={30}
          startTime={undefined}
          onChange={(a) => saved.push(a)}
        />,
      );
    });
    expect((screen.getByRole('textbox', { name: 'Item 1' }) as HTMLTextAreaElement).value).toBe(
      'Edited in Obsidian',
    );
    expect(screen.queryByRole('textbox', { name: 'Item 2' })).toBeNull();
    expect(screen.getByTestId('agenda-total').textContent).toBe('30 of 30 min · fits exactly');
    expect(saved).toEqual([]);
  });
});
