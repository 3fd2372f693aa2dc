/** What the plan lets the user do: procedure × what it needs × status, the user's own rows first. */
import { useTranslation } from 'react-i18next';
import type { CapabilityRow } from '../../domain';
import { Section } from './Section';

export function CapabilitiesSection({ rows }: { rows: readonly CapabilityRow[] }) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  // Stable sort: the catalogue order is kept within "yours" and "the rest".
  const ordered = [...rows].sort((a, b) => Number(b.relevant) - Number(a.relevant));
  return (
    <Section name="capabilities" title={t('sections.capabilities')}>
      <p>{t('capabilities.relevantNote')}</p>
      <table className="plan-table">
        <caption>{t('capabilities.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('capabilities.headers.procedure')}</th>
            <th scope="col">{t('capabilities.headers.needs')}</th>
            <th scope="col">{t('capabilities.headers.status')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((row) => (
            <tr
              key={row.capability}
              className={row.relevant ? 'plan-table__row--relevant' : undefined}
              data-capability={row.capability}
              data-requirement={row.requirement}
              data-status={row.status}
              data-relevant={row.relevant ? 'true' : 'false'}
            >
              <th scope="row">
                {tp(`capabilities.${row.capability}`)}
                {row.relevant && (
                  <>
                    {' '}
                    <span className="plan-badge plan-badge--relevant">{t('capabilities.relevant')}</span>
                  </>
                )}
              </th>
              <td>{tp(`requirements.${row.requirement}`)}</td>
              <td>
                <span className={`plan-status plan-status--${row.status}`}>
                  <span className="plan-status__icon" aria-hidden="true" />
                  {tp(`capabilityStatus.${row.status}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
