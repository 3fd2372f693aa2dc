/**
 * A fact the official page calls temporary, or that sources leave uncertain: a badge, what it
 * means, how sure we are, and when its sources were read.
 */
import { useTranslation } from 'react-i18next';
import { catalog, flagReadOn } from '../../catalog';
import type { FlagId } from '../../domain';
import { LastChecked } from './LastChecked';

export function FlagNote({ flag }: { flag: FlagId }) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  const entry = catalog.flags[flag];
  return (
    <p className="plan-flag" data-flag={flag} data-flag-status={entry.status} data-confidence={entry.confidence}>
      <span className="plan-badge plan-badge--flag">{t(`flag.status.${entry.status}`)}</span>{' '}
      {entry.confidence === 'low' && (
        <>
          <span className="plan-badge plan-badge--flag">{t('sources.lowConfidence')}</span>{' '}
        </>
      )}
      <span>{tp(`flags.${flag}`)}</span> <LastChecked date={flagReadOn(flag)} />
    </p>
  );
}
