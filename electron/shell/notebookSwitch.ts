// Opening another notebook from the menu: ask the core to open it (it records it among the
// recent notebooks), rebuild the menu, and reload the page so every view starts from the new
// notebook. A refusal is shown in a native error box, in one plain sentence.
import type { BrowserWindow } from 'electron';
import type { Dispatch } from '../methods/dispatch';
import { chooseNotebookFolder, showOpenFailure } from './notebookDialog';

export async function openNotebookAt(
  path: string,
  dispatch: Dispatch,
  window: BrowserWindow | undefined,
  refreshMenu: () => Promise<void>,
): Promise<void> {
  const reply = await dispatch('notebook.open', { path });
  if (!reply.ok) {
    showOpenFailure(path, reply.error.message);
    return;
  }
  await refreshMenu();
  window?.webContents.reload();
}

export async function chooseAndOpenNotebook(
  dispatch: Dispatch,
  window: BrowserWindow | undefined,
  refreshMenu: () => Promise<void>,
): Promise<void> {
  const path = await chooseNotebookFolder(window);
  if (path) await openNotebookAt(path, dispatch, window, refreshMenu);
}
