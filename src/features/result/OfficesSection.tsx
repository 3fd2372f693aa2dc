/** Where to go, for the user's island: booking pages only, never an address the sources do not give. */
import { useTranslation } from 'react-i18next';
import { catalog } from '../../catalog';
import type { IslandValue, OfficeId } from '../../domain';
import { ExternalLink } from './ExternalLink';
import { Section } from './Section';
import { SourceLinks } from './SourceLinks';

interface OfficesSectionProps {
  offices: readonly OfficeId[];
  /** only to name the place in the intro */
  island: IslandValue | undefined;
}

export function OfficesSection({ offices, island }: OfficesSectionProps) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  return (
    <Section
      name="offices"
      title={t('sections.offices')}
      data={{ 'data-offices': offices.join(' '), ...(island === undefined ? {} : { 'data-island': island }) }}
    >
      <p>{island === undefined ? t('offices.introAnywhere') : t('offices.intro', { place: t(`offices.place.${island}`) })}</p>
      <ul className="plan-cards">
        {offices.map((id) => {
          const office = catalog.offices[id];
          return (
            <li key={id} className="plan-card" data-office={id}>
              <h3>{tp(`offices.${id}.name`)}</h3>
              <p>{tp(`offices.${id}.body`)}</p>
              <p>
                <ExternalLink href={office.bookingUrl}>{tp(`offices.${id}.linkLabel`)}</ExternalLink>
              </p>
              <SourceLinks ids={office.sources} />
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
