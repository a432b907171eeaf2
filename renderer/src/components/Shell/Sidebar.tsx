// The left column: the notebook's name, navigation, the language switch, opening another
// notebook.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref, type Route } from '../../routing/routes';
import { useNotebook } from '../../state/NotebookContext';
import { IndexProgress } from '../IndexProgress/IndexProgress';
import { SearchLauncher } from '../SearchPalette/SearchLauncher';
import { useToast } from '../Toast/ToastContext';
import { LanguageSwitch } from './LanguageSwitch';
import { OpenNotebookDialog } from './OpenNotebookDialog';

type Section = 'home' | 'customers' | 'actions' | 'outcomes' | 'trash';

function sectionOf(route: Route): Section | undefined {
  switch (route.name) {
    case 'home':
      return 'home';
    case 'customers':
    case 'customer':
    case 'meeting':
    case 'history':
      return 'customers';
    case 'actions':
      return 'actions';
    case 'outcomes':
      return 'outcomes';
    case 'trash':
      return 'trash';
    default:
      return undefined;
  }
}

export function Sidebar({ route }: { route: Route }) {
  const { t } = useTranslation();
  const { info } = useNotebook();
  const toast = useToast();
  const [opening, setOpening] = useState(false);
  const current = sectionOf(route);
  const links: { section: Section; href: string; label: string }[] = [
    { section: 'home', href: routeHref({ name: 'home' }), label: t('nav.home') },
    { section: 'customers', href: routeHref({ name: 'customers' }), label: t('nav.customers') },
    { section: 'actions', href: routeHref({ name: 'actions' }), label: t('search.nav.actions') },
    { section: 'outcomes', href: routeHref({ name: 'outcomes' }), label: t('search.nav.outcomes') },
    { section: 'trash', href: routeHref({ name: 'trash' }), label: t('nav.trash') },
  ];

  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          P
        </span>
        <span className="brand-name">Prepnote</span>
      </div>
      <div className="notebook-card">
        <span className="notebook-label">{t('notebook.label')}</span>
        <span className="notebook-name" title={info?.path} data-testid="notebook-name">
          {info?.name ?? '…'}
        </span>
        <button type="button" className="link-button" onClick={() => setOpening(true)}>
          {t('notebook.openAnother')}
        </button>
      </div>
      <SearchLauncher />
      <nav className="nav" aria-label={t('nav.label')}>
        <ul>
          {links.map((link) => (
            <li key={link.section}>
              <a
                href={link.href}
                className="nav-link"
                aria-current={current === link.section ? 'page' : undefined}
              >
                <span className={`nav-icon nav-icon-${link.section}`} aria-hidden="true" />
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <IndexProgress />
        <LanguageSwitch />
      </div>
      {opening && (
        <OpenNotebookDialog
          onClose={() => setOpening(false)}
          onOpened={(name) => {
            setOpening(false);
            navigate({ name: 'home' });
            toast.show({ tone: 'success', message: t('openNotebook.opened', { name }) });
          }}
        />
      )}
    </aside>
  );
}
