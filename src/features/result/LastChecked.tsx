/**
 * "read on <date>": the day the team last read a page, in the current language and
 * machine-readable in <time dateTime>. Never worded as a live check.
 */
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from './format-date';

export function LastChecked({ date }: { date: string }) {
  const { t, i18n } = useTranslation('result');
  const formatted = formatIsoDate(date, i18n.resolvedLanguage ?? i18n.language);
  return (
    <time className="plan-last-checked" dateTime={date}>
      {t('sources.readOn', { date: formatted })}
    </time>
  );
}
