/** Which Cl@ve login to use, and what else to activate. */
import { useTranslation } from 'react-i18next';
import type { AlsoActivate, Reason, Variant } from '../../domain';
import { Section } from './Section';
import { Why } from './Why';

interface LoginSectionProps {
  variant: Variant;
  alsoActivate: readonly AlsoActivate[];
  reasons: readonly Reason[];
}

export function LoginSection({ variant, alsoActivate, reasons }: LoginSectionProps) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  return (
    <Section
      name="login"
      title={t('sections.login')}
      data={{ 'data-variant': variant, 'data-also-activate': alsoActivate.join(' ') }}
    >
      <p className="plan-eyebrow">{t('login.variantLabel')}</p>
      <p className="plan-decision">{tp(`variants.${variant}.name`)}</p>
      <p>{tp(`variants.${variant}.body`)}</p>
      {alsoActivate.length > 0 && (
        <>
          <h3>{t('login.alsoActivateTitle')}</h3>
          <ul className="plan-list">
            {alsoActivate.map((id) => (
              <li key={id} data-activate={id}>
                <strong>{tp(`alsoActivate.${id}.name`)}</strong>
                <p>{tp(`alsoActivate.${id}.body`)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      <Why decision="variant" reasons={reasons} />
    </Section>
  );
}
