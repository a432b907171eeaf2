// The print view's frame: the exports' own print stylesheet with the page box of the chosen
// paper (pageCss.ts), the toolbar (screen only), and the document on a sheet. No app chrome:
// App.tsx renders print routes without the Shell, so what prints is the document alone.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperSize } from '../../../../shared/contract';
import type { Language } from '../../../../shared/domain/enums';
import type { ExportDocument } from '../../../../shared/export';
import { PRINT_CSS } from '../../../../shared/export/printCss';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { useToast } from '../../components/Toast/ToastContext';
import { isModKey, useGlobalKeys } from '../../hooks/useGlobalKeys';
import { DocumentView } from './DocumentView';
import { type PageFooter, pageCss } from './pageCss';
import { initialPaperSize, rememberPaperSize } from './paperPreference';
import { printBridge } from './printBridge';
import { PrintToolbar, type ToolbarChoice } from './PrintToolbar';
import './print.css';

export interface PrintLayoutProps {
  doc: ExportDocument | undefined;
  error: unknown;
  reload(): void;
  footer: PageFooter;
  /** The name offered when saving a PDF: `2026-12-15-…-customer.pdf`. */
  pdfFilename: string;
  backHref: string;
  documents?: { current: string; choices: ToolbarChoice<string>[]; choose(value: string): void };
  language: Language;
  chooseLanguage(language: Language): void;
}

export function PrintLayout(props: PrintLayoutProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [paper, setPaper] = useState<PaperSize>(initialPaperSize);
  const [busy, setBusy] = useState(false);
  // One print or PDF at a time, whatever has rendered yet (a key held down repeats).
  const running = useRef(false);
  const printButton = useRef<HTMLButtonElement>(null);
  const bridge = printBridge();
  const { doc, backHref } = props;
  const ready = doc !== undefined;

  // The tab's and the PDF's title, and the name the browser's "Save as PDF" suggests.
  const title = doc?.title;
  useEffect(() => {
    if (title === undefined) return;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);

  // Enter prints straight away once the document is there, unless the user went elsewhere.
  useEffect(() => {
    if (ready && (document.activeElement === document.body || document.activeElement === null)) {
      printButton.current?.focus();
    }
  }, [ready]);

  async function run(action: () => Promise<void>): Promise<void> {
    if (!ready || running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await action();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  function print(): void {
    void run(() =>
      bridge.print().catch((error: unknown) => {
        toast.show({ tone: 'error', message: t('print.pdf.printFailed', { reason: reasonOf(error) }) });
      }),
    );
  }

  function savePdf(): void {
    void run(async () => {
      try {
        const path = await bridge.savePdf(props.pdfFilename, paper);
        if (path !== null) toast.show({ tone: 'success', message: t('print.pdf.saved', { path }) });
      } catch (error) {
        toast.show({ tone: 'error', message: t('print.pdf.failed', { reason: reasonOf(error) }) });
      }
    });
  }

  function choosePaper(next: PaperSize): void {
    setPaper(next);
    rememberPaperSize(next);
  }

  useGlobalKeys((event) => {
    const key = event.key.toLowerCase();
    if (isModKey(event) && !event.shiftKey && key === 'p') {
      // Our print, not the browser's own: the desktop shell has no print of its own.
      event.preventDefault();
      print();
    } else if (isModKey(event) && !event.shiftKey && key === 's' && bridge.canSavePdf) {
      event.preventDefault();
      savePdf();
    } else if (event.key === 'Escape' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      window.location.hash = backHref;
    }
  });

  let content: ReactNode;
  if (doc) content = <DocumentView doc={doc} />;
  else if (props.error !== undefined) content = <ErrorNotice error={props.error} onRetry={props.reload} />;
  else content = <p className="muted">{t('common.loading')}</p>;

  return (
    <div className="print-screen">
      {/* The exports' stylesheet, then the page box: a later @page rule wins. Text, not markup. */}
      <style>{`${PRINT_CSS}\n${pageCss(paper, props.footer)}`}</style>
      <PrintToolbar
        backHref={backHref}
        documents={props.documents}
        paper={paper}
        choosePaper={choosePaper}
        language={props.language}
        chooseLanguage={props.chooseLanguage}
        ready={ready}
        busy={busy}
        onPrint={print}
        onSavePdf={bridge.canSavePdf ? savePdf : undefined}
        printRef={printButton}
      />
      <main className="print-sheet" data-paper={paper} aria-busy={!ready && props.error === undefined}>
        {content}
      </main>
    </div>
  );
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
