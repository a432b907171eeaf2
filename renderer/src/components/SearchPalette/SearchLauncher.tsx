// The sidebar's "Search…" button and the app-wide Ctrl/Cmd+K that opens the search palette
// from any screen (even while typing in a field: it is a modifier shortcut).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isModKey, useGlobalKeys } from '../../hooks/useGlobalKeys';
import { useIndexProgress } from '../IndexProgress/useIndexProgress';
import { SearchPalette } from './SearchPalette';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function SearchLauncher() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Heard all along, so the palette knows about a scan that started before it opened.
  const progress = useIndexProgress();
  const shortcut = isMac ? '⌘K' : 'Ctrl+K';

  useGlobalKeys((event) => {
    if (isModKey(event) && !event.shiftKey && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      setOpen(true);
    }
  });

  return (
    <>
      <button
        type="button"
        className="search-launcher"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="Control+K Meta+K"
        title={t('search.nav.searchTitle', { shortcut })}
      >
        <span className="search-launcher-icon" aria-hidden="true" />
        <span className="search-launcher-label">{t('search.nav.search')}</span>
        <kbd className="search-launcher-key" aria-hidden="true">
          {shortcut}
        </kbd>
      </button>
      {open && <SearchPalette onClose={() => setOpen(false)} progress={progress} />}
    </>
  );
}
