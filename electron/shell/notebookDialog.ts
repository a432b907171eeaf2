// The native dialog that picks a notebook folder: an existing notebook, or a new folder the
// core turns into one (notebook.open makes a folder without customers/ into a notebook).
import { dialog, type BrowserWindow } from 'electron';

export async function chooseNotebookFolder(window: BrowserWindow | undefined): Promise<string | undefined> {
  const options: Electron.OpenDialogOptions = {
    title: 'Open or create a notebook',
    buttonLabel: 'Open Notebook',
    message: 'Choose a notebook folder, or create a new empty folder for a new notebook.',
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}

export function showOpenFailure(path: string, message: string): void {
  dialog.showErrorBox('Prepnote could not open this notebook', `${path}\n\n${message}`);
}
