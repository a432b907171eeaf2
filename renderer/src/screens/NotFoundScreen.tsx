// An address that names no screen (an old bookmark, a typo).
import { useTranslation } from 'react-i18next';
import { routeHref } from '../routing/routes';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <a className="button" href={routeHref({ name: 'home' })}>
        {t('nav.home')}
      </a>
    </div>
  );
}
