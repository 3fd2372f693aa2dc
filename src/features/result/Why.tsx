/**
 * "Why?" for one decision: a native disclosure listing each reason the rules recorded, its
 * strength where the sources give one ("required" / "recommended, not required"), and its sources.
 */
import { useTranslation } from 'react-i18next';
import type { Decision, Reason } from '../../domain';
import { SourceLinks } from './SourceLinks';

interface WhyProps {
  decision: Decision;
  /** all the plan's reasons; only this decision's are shown */
  reasons: readonly Reason[];
}

export function Why({ decision, reasons }: WhyProps) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  const own = reasons.filter((r) => r.decision === decision);
  if (own.length === 0) return null;
  return (
    <details className="plan-why" data-why={decision}>
      <summary>
        {t('why.summary')} <span className="visually-hidden">{t('why.about', { decision: tp(`decisions.${decision}`) })}</span>
      </summary>
      <ul className="plan-why__reasons">
        {own.map((r) => (
          <li key={r.rule} data-rule={r.rule} {...(r.strength === undefined ? {} : { 'data-strength': r.strength })}>
            <p>
              {tp(`rules.${r.rule}`)}
              {r.strength === undefined ? null : (
                <>
                  {' '}
                  <strong className={`plan-strength plan-strength--${r.strength}`}>{t(`strength.${r.strength}`)}</strong>
                </>
              )}
            </p>
            <SourceLinks ids={r.sources} />
          </li>
        ))}
      </ul>
    </details>
  );
}
