/** "last checked <date>": the date in the current language, machine-readable in <time dateTime>. */
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from './format-date';

export function LastChecked({ date }: { date: string }) {
  const { t, i18n } = useTranslation('result');
  const formatted = formatIsoDate(date, i18n.resolvedLanguage ?? i18n.language);
  return (
    <time className="plan-last-checked" dateTime={date}>
      {t('sources.lastChecked', { date: formatted })}
    </time>
  );
}
