/** A fact the official page calls temporary, or that sources leave uncertain: a badge, what it means, when checked. */
import { useTranslation } from 'react-i18next';
import { catalog } from '../../content';
import type { FlagId } from '../../domain';
import { LastChecked } from './LastChecked';

export function FlagNote({ flag }: { flag: FlagId }) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  const entry = catalog.flags[flag];
  return (
    <p className="plan-flag" data-flag={flag} data-flag-status={entry.status}>
      <span className="plan-badge plan-badge--flag">{t(`flag.status.${entry.status}`)}</span>{' '}
      <span>{tp(`flags.${flag}`)}</span> <LastChecked date={entry.lastChecked} />
    </p>
  );
}
