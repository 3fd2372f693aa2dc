/** Warnings that apply, each with its tone shown in words and shape, not colour alone. */
import { useTranslation } from 'react-i18next';
import { catalog } from '../../catalog';
import type { WarningId } from '../../domain';
import { FlagNote } from './FlagNote';
import { Section } from './Section';
import { SourceLinks } from './SourceLinks';

export function WarningsSection({ warnings }: { warnings: readonly WarningId[] }) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  return (
    <Section name="warnings" title={t('sections.warnings')} data={{ 'data-warnings': warnings.join(' ') }}>
      <ul className="plan-cards">
        {warnings.map((id) => {
          const warning = catalog.warnings[id];
          return (
            <li key={id} className={`plan-card plan-warning plan-warning--${warning.tone}`} data-warning={id} data-tone={warning.tone}>
              <h3>
                <span className="plan-warning__tone">{t(`warnings.tone.${warning.tone}`)}</span> {tp(`warnings.${id}.title`)}
              </h3>
              <p>{tp(`warnings.${id}.body`)}</p>
              {warning.flag === undefined ? null : <FlagNote flag={warning.flag} />}
              <SourceLinks ids={warning.sources} />
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
