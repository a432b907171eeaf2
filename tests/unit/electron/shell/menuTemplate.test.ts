// The application menu: open/create a notebook and the recent notebooks.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT_IN_MENU, menuTemplate } from '../../../../electron/shell/menuTemplate';

function fileMenu(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const file = template.find((item) => item.label === 'File');
  return (file?.submenu ?? []) as MenuItemConstructorOptions[];
}

function recentMenu(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const recent = fileMenu(template).find((item) => item.label === 'Open Recent');
  return (recent?.submenu ?? []) as MenuItemConstructorOptions[];
}

const noop = { openNotebook: () => undefined, openRecent: () => undefined };

describe('menuTemplate', () => {
  it('offers to open or create a notebook', () => {
    let opened = 0;
    const template = menuTemplate([], { ...noop, openNotebook: () => (opened += 1) }, 'linux');
    const item = fileMenu(template).find((i) => i.label === 'Open or Create Notebook…');
    expect(item?.accelerator).toBe('CmdOrCtrl+O');
    (item?.click as () => void)();
    expect(opened).toBe(1);
  });

  it('lists recent notebooks by name, opening the path', () => {
    const opened: string[] = [];
    const template = menuTemplate(
      [
        { name: 'Work', path: '/home/an/Work', openedAt: '2025-01-02T00:00:00Z' },
        { name: 'Sổ tay', path: '/home/an/Sổ tay', openedAt: '2025-01-01T00:00:00Z' },
      ],
      { ...noop, openRecent: (p) => opened.push(p) },
      'linux',
    );
    const items = recentMenu(template);
    expect(items.map((i) => i.label)).toEqual(['Work', 'Sổ tay']);
    (items[1]?.click as () => void)();
    expect(opened).toEqual(['/home/an/Sổ tay']);
  });

  it('says so when there are none, and shows at most ten', () => {
    expect(recentMenu(menuTemplate([], noop, 'linux'))).toEqual([
      { label: 'No recent notebooks', enabled: false },
    ]);
    const many = Array.from({ length: 15 }, (_, i) => ({ name: `N${i}`, path: `/n${i}`, openedAt: '' }));
    expect(recentMenu(menuTemplate(many, noop, 'linux'))).toHaveLength(MAX_RECENT_IN_MENU);
  });

  it('starts with the app menu on macOS', () => {
    expect(menuTemplate([], noop, 'darwin')[0]).toEqual({ role: 'appMenu' });
  });
});
