/** Whether an FNMT certificate is required, recommended or not needed, and why. */
import { useTranslation } from 'react-i18next';
import type { FnmtVerdict, Reason } from '../../domain';
import { Section } from './Section';
import { Why } from './Why';

const COMPANY_RULE = 'fnmt.company-needs-representative';
const COMPANY_STEPS = ['1', '2'] as const;

export function FnmtSection({ fnmt, reasons }: { fnmt: FnmtVerdict; reasons: readonly Reason[] }) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  const forCompany = reasons.some((r) => r.rule === COMPANY_RULE);
  return (
    <Section name="fnmt" title={t('sections.fnmt')} data={{ 'data-fnmt': fnmt }}>
      <p className={`plan-decision plan-verdict plan-verdict--${fnmt}`}>{tp(`fnmt.${fnmt}.title`)}</p>
      <p>{tp(`fnmt.${fnmt}.body`)}</p>
      {forCompany && (
        <div data-company-steps="">
          <h3>{t('fnmt.companyStepsTitle')}</h3>
          <ol className="plan-steps">
            {COMPANY_STEPS.map((step) => (
              <li key={step}>{tp(`fnmt.companySteps.${step}`)}</li>
            ))}
          </ol>
        </div>
      )}
      <Why decision="fnmt" reasons={reasons} />
    </Section>
  );
}
