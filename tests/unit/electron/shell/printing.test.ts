// The desktop's printing channels: only the app's own page may use them; Save as PDF writes
// where the user chose (never where the page said), as a PDF of the paper asked for, and a
// cancelled dialog writes nothing.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent, PrintToPDFOptions, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The real `electron` module cannot load in plain Node; the tests pass their own dialog.
vi.mock('electron', () => ({ app: {}, BrowserWindow: {}, dialog: {} }));

const { PRINTING_CHANNELS, registerPrinting, safePdfName, parseSavePdfArgs } =
  await import('../../../../electron/shell/printing');

type Handler = (event: IpcMainInvokeEvent, args?: unknown) => Promise<unknown>;

const APP = 'app://prepnote/index.html';
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7 test');

let folder: string;
let handlers: Map<string, Handler>;
let pdfOptions: PrintToPDFOptions[];
let printed: number;
let dialogAnswer: string | undefined;
let offered: string[];

function fakeSender(): WebContents {
  return {
    printToPDF: async (options: PrintToPDFOptions) => {
      pdfOptions.push(options);
      return Buffer.from(PDF_BYTES);
    },
    print: (_options: unknown, callback: (success: boolean, reason: string) => void) => {
      printed++;
      callback(true, '');
    },
  } as unknown as WebContents;
}

const from = (url: string | undefined): IpcMainInvokeEvent =>
  ({
    senderFrame: url === undefined ? null : { url },
    sender: fakeSender(),
  }) as unknown as IpcMainInvokeEvent;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'prepnote-printing-'));
  handlers = new Map();
  pdfOptions = [];
  printed = 0;
  offered = [];
  dialogAnswer = undefined;
  registerPrinting(
    {
      handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
      removeHandler: (channel: string) => handlers.delete(channel),
    } as never,
    (url) => url === APP,
    {
      chooseSavePath: async (_sender, defaultPath) => {
        offered.push(defaultPath);
        return dialogAnswer;
      },
      defaultFolder: () => folder,
    },
  );
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const call = (channel: string, event: IpcMainInvokeEvent, args?: unknown) => {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, args);
};

describe('printing channels', () => {
  it('registers its two channels, named as the preload calls them', () => {
    expect([...handlers.keys()].sort()).toEqual(['printing.print', 'printing.savePdf']);
    expect(PRINTING_CHANNELS).toEqual({ print: 'printing.print', savePdf: 'printing.savePdf' });
  });

  it('refuses any page but the app, and a frame that is gone', async () => {
    await expect(call('printing.print', from('https://evil.example/'))).rejects.toThrow(/may not print/);
    await expect(
      call('printing.savePdf', from(undefined), { filename: 'x.pdf', pageSize: 'A4' }),
    ).rejects.toThrow(/may not print/);
    expect(printed).toBe(0);
    expect(offered).toEqual([]);
  });

  it('opens the print dialog for the page shown', async () => {
    await expect(call('printing.print', from(APP))).resolves.toBe(true);
    expect(printed).toBe(1);
  });

  it('saves the page as a PDF where the user chose, on the paper asked for', async () => {
    dialogAnswer = join(folder, 'Agenda for Harbor');
    const path = await call('printing.savePdf', from(APP), {
      filename: '2026-12-15-hai-phong-customer.pdf',
      pageSize: 'Letter',
    });
    expect(offered).toEqual([join(folder, '2026-12-15-hai-phong-customer.pdf')]);
    expect(path).toBe(join(folder, 'Agenda for Harbor.pdf'));
    expect(await readFile(join(folder, 'Agenda for Harbor.pdf'))).toEqual(Buffer.from(PDF_BYTES));
    expect(pdfOptions).toEqual([
      { pageSize: 'Letter', preferCSSPageSize: true, printBackground: true, generateDocumentOutline: true },
    ]);
    // No temp file is left beside it.
    expect(await readdir(folder)).toEqual(['Agenda for Harbor.pdf']);
  });

  it('writes nothing when the user cancels', async () => {
    dialogAnswer = undefined;
    await expect(
      call('printing.savePdf', from(APP), { filename: 'a.pdf', pageSize: 'A4' }),
    ).resolves.toBeNull();
    expect(pdfOptions).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses an unknown paper size before asking anything', async () => {
    await expect(call('printing.savePdf', from(APP), { filename: 'a.pdf', pageSize: 'A0' })).rejects.toThrow(
      /paper size/,
    );
    expect(offered).toEqual([]);
  });
});

describe('the suggested file name', () => {
  it('is a name only: a path from the page never chooses the folder', () => {
    expect(safePdfName('../../.bashrc')).toBe('bashrc.pdf');
    expect(safePdfName('/etc/passwd')).toBe('passwd.pdf');
    expect(safePdfName('..\\..\\Windows\\win.ini')).toBe('win.ini.pdf');
    expect(safePdfName('a\u0000b:c?.PDF')).toBe('a-b-c-.pdf');
    expect(safePdfName('Lịch sử — Minh Long.pdf')).toBe('Lịch sử — Minh Long.pdf');
    expect(safePdfName('')).toBe('prepnote.pdf');
    expect(safePdfName(42)).toBe('prepnote.pdf');
    expect(safePdfName('x'.repeat(400)).length).toBeLessThanOrEqual(154);
  });

  it('comes with a paper size the renderer may ask for', () => {
    expect(parseSavePdfArgs({ filename: 'a', pageSize: 'A4' })).toEqual({
      filename: 'a.pdf',
      pageSize: 'A4',
    });
    expect(() => parseSavePdfArgs(null)).toThrow(/paper size/);
  });
});
