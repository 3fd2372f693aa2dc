import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components';

export interface ErrorPageProps {
  readonly onRetry: () => void;
  readonly onStartOver: () => void;
}

/** What the top-level error boundary shows instead of a blank screen. Needs no router. */
export function ErrorPage({ onRetry, onStartOver }: ErrorPageProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.title', { page: t('errorPage.title') });
  }, [t]);
  return (
    <main id="main" className="page">
      <PageHeading>{t('errorPage.title')}</PageHeading>
      <p>{t('errorPage.body')}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={onRetry}>
          {t('errorPage.reload')}
        </button>
        <button type="button" className="button button--secondary" onClick={onStartOver}>
          {t('errorPage.startOver')}
        </button>
      </div>
    </main>
  );
}
