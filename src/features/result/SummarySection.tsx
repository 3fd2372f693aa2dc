/**
 * The plan at a glance: the four decisions and the first thing to do, each linking to its
 * section. It restates what the plan says and decides nothing: the "now" step is the one the
 * rules marked `now`.
 */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../domain';
import { Section, sectionAnchor, type SectionName } from './Section';

function DetailsLink({ to }: { to: SectionName }) {
  const { t } = useTranslation('result');
  const section = t(`sections.${to === 'next-steps' ? 'nextSteps' : to}` as const);
  return (
    <a className="plan-summary__more" href={`#${sectionAnchor(to)}`} aria-label={t('summary.details', { section })}>
      <span aria-hidden="true">↓</span>
    </a>
  );
}

export function SummarySection({ plan }: { plan: Plan }) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  const now = plan.nextSteps.find((s) => s.status === 'now');
  const also = plan.alsoActivate.map((id) => tp(`alsoActivate.${id}.name`)).join(', ');
  return (
    <Section name="summary" title={t('sections.summary')}>
      <dl className="plan-summary">
        {plan.blockers.length > 0 && (
          <div className="plan-summary__row plan-summary__row--blocker">
            <dt>{t('summary.first')}</dt>
            <dd>
              {plan.blockers.map((id) => tp(`blockers.${id}.title`)).join(' · ')} <DetailsLink to="blockers" />
            </dd>
          </div>
        )}
        <div className="plan-summary__row">
          <dt>{t('summary.login')}</dt>
          <dd>
            <strong>{tp(`variants.${plan.variant}.name`)}</strong>
            {also !== '' && <> {t('summary.also', { names: also })}</>} <DetailsLink to="login" />
          </dd>
        </div>
        <div className="plan-summary__row">
          <dt>{t('summary.route')}</dt>
          <dd>
            <strong>
              {t('summary.routeLevel', {
                route: tp(`routes.${plan.route}.name`),
                level: tp(`levels.${plan.levelObtained}.name`),
              })}
            </strong>{' '}
            <DetailsLink to="route" />
          </dd>
        </div>
        <div className="plan-summary__row">
          <dt>{t('summary.fnmt')}</dt>
          <dd>
            {tp(`fnmt.${plan.fnmt}.title`)} <DetailsLink to="fnmt" />
          </dd>
        </div>
        {now !== undefined && (
          <div className="plan-summary__row">
            <dt>{t('summary.now')}</dt>
            <dd>
              {tp(`nextSteps.${now.step}.title`)} <DetailsLink to="next-steps" />
            </dd>
          </div>
        )}
      </dl>
    </Section>
  );
}
