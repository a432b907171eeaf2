// The method table over IPC: one `ipcMain.handle(<method name>, …)` per contract method, each
// refusing senders that are not the app's own page, and core events forwarded to the app's
// windows as `webContents.send(<event name>, payload)`. Only `import type` from electron, so
// a unit test can drive it with a fake ipcMain.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { METHOD_NAMES, type Envelope } from '../../shared/contract';
import type { CoreListener } from '../core/types';
import type { Dispatch } from '../methods/dispatch';

export type SenderCheck = (senderUrl: string | undefined) => boolean;

const REFUSED: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This page may not call Prepnote.' },
};

export function registerMethods(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  isTrustedSender: SenderCheck,
): () => void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, args: unknown) => {
      // senderFrame is null when the frame navigated or was destroyed meanwhile: refuse.
      if (!isTrustedSender(event.senderFrame?.url)) return REFUSED;
      return dispatch(name, args);
    });
  }
  return () => {
    for (const name of METHOD_NAMES) ipcMain.removeHandler(name);
  };
}

/** Sends every core event to the app's windows that still show the app's own page. */
export function forwardEvents(
  subscribe: (listener: CoreListener) => () => void,
  targets: () => readonly Pick<WebContents, 'send' | 'isDestroyed' | 'getURL'>[],
  isTrustedSender: SenderCheck,
): () => void {
  return subscribe((name, payload) => {
    for (const contents of targets()) {
      if (!contents.isDestroyed() && isTrustedSender(contents.getURL())) contents.send(name, payload);
    }
  });
}
