// The app frame: skip link, sidebar, attention banner and the screen for the current route.
// After a route change focus moves to the main pane (unless the new screen placed it), so
// keyboard and screen-reader users start reading the new page.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../routing/useRoute';
import { useNotebook } from '../../state/NotebookContext';
import { AttentionBanner } from '../Attention/AttentionBanner';
import { ErrorNotice } from '../common/ErrorNotice';
import { Screen } from './Screen';
import { Sidebar } from './Sidebar';

export function Shell() {
  const { t } = useTranslation();
  const route = useRoute();
  const { infoError, refreshInfo } = useNotebook();
  const main = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);

  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    const node = main.current;
    if (node && !node.contains(document.activeElement)) node.focus({ preventScroll: true });
    document.documentElement.scrollTop = 0;
  }, [route]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('nav.skip')}
      </a>
      <Sidebar route={route} />
      <main id="main" ref={main} className="main" tabIndex={-1}>
        {infoError !== undefined && <ErrorNotice error={infoError} onRetry={refreshInfo} />}
        <AttentionBanner />
        <Screen route={route} />
      </main>
    </div>
  );
}
