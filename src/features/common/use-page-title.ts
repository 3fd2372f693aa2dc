import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets document.title to "<page heading> – Cl@ve Wizard", prefixed with "Error: " while the
 * page shows a validation error. Follows the language, because `t` changes with it.
 */
export function usePageTitle(page: string, hasError = false): void {
  const { t } = useTranslation();
  useEffect(() => {
    const title = t('app.title', { page });
    document.title = hasError ? t('app.errorTitle', { title }) : title;
  }, [t, page, hasError]);
}
