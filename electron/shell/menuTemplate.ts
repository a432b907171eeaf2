// The application menu as data: open or create a notebook folder, the recent notebooks, and
// the usual edit/view/window roles. Only `import type` from electron, so it is unit-tested.
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentNotebook } from '../../shared/contract';

export interface MenuActions {
  openNotebook(): void;
  openRecent(path: string): void;
}

export const MAX_RECENT_IN_MENU = 10;

export function menuTemplate(
  recent: readonly RecentNotebook[],
  actions: MenuActions,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No recent notebooks', enabled: false }]
      : recent.slice(0, MAX_RECENT_IN_MENU).map((notebook) => ({
          label: notebook.name,
          sublabel: notebook.path,
          toolTip: notebook.path,
          click: () => actions.openRecent(notebook.path),
        }));

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open or Create Notebook…', accelerator: 'CmdOrCtrl+O', click: () => actions.openNotebook() },
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    file,
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template;
}
