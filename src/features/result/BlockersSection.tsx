/** What stops the plan for now, each with what to do about it. Shown first. */
import { useTranslation } from 'react-i18next';
import type { BlockerId, Reason } from '../../domain';
import { Section } from './Section';
import { Why } from './Why';

export function BlockersSection({ blockers, reasons }: { blockers: readonly BlockerId[]; reasons: readonly Reason[] }) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  return (
    <Section name="blockers" title={t('sections.blockers')} data={{ 'data-blockers': blockers.join(' ') }}>
      <ul className="plan-cards">
        {blockers.map((id) => (
          <li key={id} className="plan-card plan-card--blocker" data-blocker={id}>
            <h3>{tp(`blockers.${id}.title`)}</h3>
            <p>{tp(`blockers.${id}.body`)}</p>
            <p className="plan-action">
              <strong>{t('blockers.whatToDo')}</strong> {tp(`blockers.${id}.action`)}
            </p>
          </li>
        ))}
      </ul>
      <Why decision="blockers" reasons={reasons} />
    </Section>
  );
}
