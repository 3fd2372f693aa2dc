/** The newcomer's chain, each step marked done / now / later in words and an icon; "now" is the current step. */
import { useTranslation } from 'react-i18next';
import { catalog } from '../../catalog';
import type { NextStep } from '../../domain';
import { ExternalLink } from './ExternalLink';
import { Section } from './Section';

export function NextStepsSection({ steps }: { steps: readonly NextStep[] }) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  return (
    <Section name="next-steps" title={t('sections.nextSteps')}>
      <ol className="plan-next-steps">
        {steps.map(({ step, status }) => {
          const link = catalog.nextSteps[step].link;
          const title = tp(`nextSteps.${step}.title`);
          return (
            <li
              key={step}
              className={`plan-next-step plan-next-step--${status}`}
              data-step={step}
              data-status={status}
              aria-current={status === 'now' ? 'step' : undefined}
            >
              <span className="plan-next-step__status">
                <span className="plan-next-step__icon" aria-hidden="true" />
                {tp(`nextStepStatus.${status}`)}
              </span>
              <h3>{title}</h3>
              <p>{tp(`nextSteps.${step}.body`)}</p>
              {link === undefined ? null : (
                <p>
                  <ExternalLink href={link}>{t('links.official', { title })}</ExternalLink>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
