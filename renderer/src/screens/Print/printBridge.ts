// Printing the page shown, wherever the app runs: the desktop shell's print dialog and PDF
// (window.api.printing, see electron/shell/printing.ts) or, in browser mode, the browser's own
// print dialog, whose "Save as PDF" destination makes the PDF there.
import type { PaperSize } from '../../../../shared/contract';

export interface PrintBridge {
  /** Whether this shell can write a PDF itself (the desktop app). */
  canSavePdf: boolean;
  print(): Promise<void>;
  /** The saved file's path, or null when the user cancelled. */
  savePdf(filename: string, pageSize: PaperSize): Promise<string | null>;
}

export function printBridge(): PrintBridge {
  const printing = typeof window === 'undefined' ? undefined : window.api?.printing;
  if (printing) {
    return {
      canSavePdf: true,
      async print() {
        await printing.print();
      },
      savePdf: (filename, pageSize) => printing.savePdf({ filename, pageSize }),
    };
  }
  return {
    canSavePdf: false,
    async print() {
      window.print();
    },
    async savePdf() {
      // Browser mode saves a PDF through the print dialog; the toolbar offers no button for it.
      window.print();
      return null;
    },
  };
}
