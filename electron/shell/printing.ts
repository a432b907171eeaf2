// Printing for the desktop app, outside the method table (it acts on the window, not on the
// notebook): `printing.print` opens the system print dialog for the page shown, and
// `printing.savePdf` asks where to save and writes the page as a PDF. The page is the
// renderer's print view, whose CSS sets the paper, margins and the running footer (customer,
// date, page numbers in @page margin boxes), so neither call adds a header or footer of its own.
// The native pieces (save dialog, Documents folder) come in as `PrintingDeps`, so a unit test
// drives the handlers with fakes.
import { basename, extname, join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  type IpcMain,
  type IpcMainInvokeEvent,
  type SaveDialogOptions,
  type WebContents,
} from 'electron';
import type { PaperSize } from '../../shared/contract';
import { writeFileAtomic } from '../core/atomicWrite';
import type { SenderCheck } from './ipc';

export const PRINTING_CHANNELS = { print: 'printing.print', savePdf: 'printing.savePdf' } as const;

export interface PrintingDeps {
  /** The native save dialog, parented to the sender's window: the chosen path, or undefined. */
  chooseSavePath(sender: WebContents, defaultPath: string): Promise<string | undefined>;
  /** Where the save dialog starts (the user's Documents folder). */
  defaultFolder(): string;
  /** Writes the PDF; an atomic write unless a test says otherwise. */
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
}

const PAPER_SIZES: readonly PaperSize[] = ['A4', 'Letter'];
const MAX_NAME = 150;

export function registerPrinting(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  isTrustedSender: SenderCheck,
  deps: PrintingDeps = nativePrintingDeps(),
): () => void {
  const refuse = (event: IpcMainInvokeEvent): void => {
    // senderFrame is null when the frame navigated or was destroyed meanwhile: refuse.
    if (!isTrustedSender(event.senderFrame?.url)) {
      throw new Error('This page may not print.');
    }
  };
  ipcMain.handle(PRINTING_CHANNELS.print, async (event) => {
    refuse(event);
    return printPage(event.sender);
  });
  ipcMain.handle(PRINTING_CHANNELS.savePdf, async (event, args: unknown) => {
    refuse(event);
    const { filename, pageSize } = parseSavePdfArgs(args);
    const path = await deps.chooseSavePath(event.sender, join(deps.defaultFolder(), filename));
    if (path === undefined || path === '') return null;
    const target = extname(path).toLowerCase() === '.pdf' ? path : `${path}.pdf`;
    const data = await event.sender.printToPDF({
      pageSize,
      // The CSS @page size of the print view wins (same paper as asked) and its margins with it.
      preferCSSPageSize: true,
      printBackground: true,
      // Bookmarks from the headings: the history's meetings are one click away in a PDF reader.
      generateDocumentOutline: true,
    });
    await (deps.writeFile ?? writeFileAtomic)(target, data);
    return target;
  });
  return () => {
    ipcMain.removeHandler(PRINTING_CHANNELS.print);
    ipcMain.removeHandler(PRINTING_CHANNELS.savePdf);
  };
}

/** The real save dialog, modal to the window that asked, and the user's Documents folder. */
export function nativePrintingDeps(): PrintingDeps {
  return {
    async chooseSavePath(sender, defaultPath) {
      const options: SaveDialogOptions = {
        title: 'Save as PDF',
        defaultPath,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = BrowserWindow.fromWebContents(sender);
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    defaultFolder: () => app.getPath('documents'),
  };
}

/** The system print dialog; resolves false when the user cancels or printing fails. */
function printPage(sender: WebContents): Promise<boolean> {
  return new Promise((resolve) => {
    sender.print({ printBackground: true }, (success) => resolve(success));
  });
}

/** The renderer's arguments, checked: a file name only (never a path) and a known paper. */
export function parseSavePdfArgs(args: unknown): { filename: string; pageSize: PaperSize } {
  const record = typeof args === 'object' && args !== null ? (args as Record<string, unknown>) : {};
  const pageSize = PAPER_SIZES.find((size) => size === record.pageSize);
  if (pageSize === undefined) throw new Error('Unknown paper size.');
  return { filename: safePdfName(record.filename), pageSize };
}

export function safePdfName(value: unknown): string {
  const raw = typeof value === 'string' ? value : '';
  // A name, not a path: the renderer may suggest what to call the file, never where it goes.
  const name = basename(raw.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex -- control characters are what is removed here
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_NAME);
  const stem = name.replace(/\.pdf$/i, '');
  return `${stem === '' ? 'prepnote' : stem}.pdf`;
}
