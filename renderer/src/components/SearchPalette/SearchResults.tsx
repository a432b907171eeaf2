// The palette's hits as a listbox, grouped (customers, then meetings): title, customer name,
// date and the snippet. The input keeps the focus; the active option is announced through
// aria-activedescendant, and a click opens a hit without moving focus first.
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contract';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../state/LanguageContext';
import type { ResultGroup } from './resultGroups';
import { SnippetText } from './SnippetText';

interface SearchResultsProps {
  id: string;
  groups: ResultGroup[];
  active: number;
  /** Customer names by id, for meeting hits (customer hits carry the name as their title). */
  names: ReadonlyMap<string, string>;
  pending: boolean;
  optionId(index: number): string;
  onHover(index: number): void;
  onOpen(hit: SearchHit): void;
}

/** The snippet's words, to spot a snippet that only repeats the title (a name match). */
function snippetText(hit: SearchHit): string {
  return hit.snippet
    .map((segment) => segment.text)
    .join('')
    .replace(/^…|…$/g, '')
    .trim();
}

export function SearchResults({
  id,
  groups,
  active,
  names,
  pending,
  optionId,
  onHover,
  onOpen,
}: SearchResultsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div
      id={id}
      role="listbox"
      aria-label={t('search.palette.results')}
      aria-busy={pending}
      className={`palette-results ${pending ? 'palette-results-pending' : ''}`}
    >
      {groups.map((group) => {
        const labelId = `${id}-${group.type}`;
        return (
          <div key={group.type} role="group" aria-labelledby={labelId} className="palette-group">
            <div id={labelId} role="presentation" className="palette-group-title">
              {t(`search.palette.groups.${group.type}`)}
            </div>
            {group.hits.map(({ hit, index }) => {
              const customer = names.get(hit.customerId) ?? hit.customerId;
              const title = hit.title.trim() || t('search.palette.untitled');
              // A snippet that is the title itself marks the title instead of repeating it.
              const inTitle = hit.snippet.length > 0 && snippetText(hit) === hit.title.trim();
              return (
                <div
                  key={`${hit.customerId}/${hit.meetingId ?? ''}`}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className="palette-option"
                  onMouseMove={() => {
                    if (index !== active) onHover(index);
                  }}
                  // Keep the focus in the input: the click opens the hit, nothing else.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onOpen(hit)}
                >
                  <div className="palette-option-head">
                    <span className="palette-option-title">
                      {inTitle ? <SnippetText segments={hit.snippet} /> : title}
                    </span>
                    {hit.type === 'meeting' && (
                      <span className="palette-option-meta">
                        {customer}
                        {hit.date && ` · ${formatDate(hit.date, language)}`}
                      </span>
                    )}
                  </div>
                  {hit.snippet.length > 0 && !inTitle && (
                    <div className="palette-option-snippet">
                      <SnippetText segments={hit.snippet} />
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
