// @vitest-environment jsdom
// The index's progress in the sidebar: shown while a scan runs (done < total), with the
// numbers in the UI language, gone once it is done; the palette warns that results may be
// missing meanwhile.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleCore } from '../support/fakeApi';
import { withMethods } from '../support/extraMethods';
import { renderApp, resetApp } from '../support/renderApp';

afterEach(resetApp);

describe('index progress', () => {
  it('shows a bar while indexing and hides it when done', async () => {
    const user = userEvent.setup();
    const core = withMethods(sampleCore(), { 'search.query': () => ({ total: 0, items: [] }) });
    await renderApp(core, '#/');
    await screen.findByTestId('notebook-name');
    expect(screen.queryByRole('progressbar')).toBeNull();

    act(() => core.emit('index.progress', { done: 1200, total: 20000 }));
    const bar = screen.getByRole('progressbar', { name: 'Indexing notes' });
    expect(bar.getAttribute('aria-valuenow')).toBe('1200');
    expect(bar.getAttribute('aria-valuemax')).toBe('20000');
    expect(screen.getByTestId('index-progress').textContent).toContain('1,200 of 20,000');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('6%');

    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Still indexing \(1200 of 20000 notes\)/)).toBeTruthy();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    await screen.findByText('1.200/20.000');

    act(() => core.emit('index.progress', { done: 20000, total: 20000 }));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
