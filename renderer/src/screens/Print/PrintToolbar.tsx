// The print view's toolbar (never printed): back, which document, paper size, the document's
// language, Print and, in the desktop app, Save as PDF. Each group is a row of toggle buttons,
// reachable with Tab, pressed with Enter or Space.
import { useTranslation } from 'react-i18next';
import type { PaperSize } from '../../../../shared/contract';
import { LANGUAGES, type Language } from '../../../../shared/domain/enums';
import { PAPER_SIZES } from './pageCss';

export interface ToolbarChoice<T extends string> {
  value: T;
  label: string;
  /** The label's own language, when it is a language name. */
  lang?: string;
}

interface PrintToolbarProps {
  backHref: string;
  documents?: { current: string; choices: ToolbarChoice<string>[]; choose(value: string): void };
  paper: PaperSize;
  choosePaper(paper: PaperSize): void;
  language: Language;
  chooseLanguage(language: Language): void;
  /** False until the document is there: nothing to print yet. */
  ready: boolean;
  /** A print or a PDF under way (the buttons keep their focus: never disabled for it). */
  busy: boolean;
  onPrint(): void;
  /** Absent where the shell cannot write a PDF itself (browser mode: the print dialog can). */
  onSavePdf?: () => void;
  printRef?: React.Ref<HTMLButtonElement>;
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', vi: 'Tiếng Việt' };

export function PrintToolbar({ printRef, ...props }: PrintToolbarProps) {
  const { t } = useTranslation();
  return (
    <header className="print-toolbar" aria-label={t('print.toolbar.label')}>
      <a className="button" href={props.backHref} aria-keyshortcuts="Escape">
        ← {t('print.toolbar.back')}
      </a>
      {props.documents && (
        <Toggle
          label={t('print.toolbar.document')}
          current={props.documents.current}
          choices={props.documents.choices}
          choose={props.documents.choose}
        />
      )}
      <Toggle
        label={t('print.toolbar.paper')}
        current={props.paper}
        choices={PAPER_SIZES.map((paper) => ({ value: paper, label: paper }))}
        choose={(value) => props.choosePaper(value as PaperSize)}
      />
      <Toggle
        label={t('print.toolbar.language')}
        current={props.language}
        choices={LANGUAGES.map((lng) => ({ value: lng, label: LANGUAGE_NAMES[lng], lang: lng }))}
        choose={(value) => props.chooseLanguage(value as Language)}
      />
      <span className="print-toolbar-end">
        {props.onSavePdf && (
          <button
            type="button"
            className="button"
            onClick={props.onSavePdf}
            disabled={!props.ready}
            aria-busy={props.busy}
            aria-keyshortcuts="Control+S"
          >
            {t('print.toolbar.savePdf')}
          </button>
        )}
        <button
          ref={printRef}
          type="button"
          className="button button-primary"
          onClick={props.onPrint}
          disabled={!props.ready}
          aria-busy={props.busy}
          aria-keyshortcuts="Control+P"
          title={t('print.toolbar.shortcuts')}
        >
          {t('print.toolbar.print')}
        </button>
      </span>
      <p className="print-toolbar-hint">{t('print.toolbar.footerHint')}</p>
    </header>
  );
}

interface ToggleProps<T extends string> {
  label: string;
  current: T;
  choices: ToolbarChoice<T>[];
  choose(value: T): void;
}

function Toggle<T extends string>({ label, current, choices, choose }: ToggleProps<T>) {
  return (
    <span className="print-toolbar-group">
      <span className="print-toolbar-label" aria-hidden="true">
        {label}
      </span>
      <span className="segmented segmented-small" role="group" aria-label={label}>
        {choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            lang={choice.lang}
            aria-pressed={choice.value === current}
            onClick={() => choose(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </span>
    </span>
  );
}
