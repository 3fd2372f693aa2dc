/**
 * The plan at a glance: the four decisions and the first thing to do, each linking to its
 * section. It restates what the plan says and decides nothing: the "now" step is the one the
 * rules marked `now`.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { catalog } from '../../catalog';
import type { Plan } from '../../domain';
import { Section, sectionAnchor, type SectionName } from './Section';

/** One row: a label, what the plan says, and a link down to the section with the details. */
function Row({ label, to, blocker = false, children }: { label: string; to: Exclude<SectionName, 'fix-steps' | 'bring' | 'notes'>; blocker?: boolean; children: ReactNode }) {
  const { t } = useTranslation('result');
  const section = t(`sections.${to === 'next-steps' ? 'nextSteps' : to}` as const);
  return (
    <div className={blocker ? 'plan-summary__row plan-summary__row--blocker' : 'plan-summary__row'}>
      <dt>{label}</dt>
      <dd>
        {children}{' '}
        <a
          className="plan-summary__more"
          href={`#${sectionAnchor(to)}`}
          aria-label={t('summary.details', { section })}
          onClick={(event) => {
            // A fragment change would reach the router as a navigation (focus back to the h1),
            // so move focus to the section's heading ourselves, as the skip link does.
            event.preventDefault();
            document.getElementById(sectionAnchor(to))?.querySelector<HTMLElement>('h2')?.focus();
          }}
        >
          <span aria-hidden="true">↓</span>
        </a>
      </dd>
    </div>
  );
}

export function SummarySection({ plan }: { plan: Plan }) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  const now = plan.nextSteps.find((s) => s.status === 'now');
  const also = plan.alsoActivate.map((id) => tp(`alsoActivate.${id}.name`)).join(', ');
  // The notes the catalogue marks for the summary qualify the route ("only once you have a mobile").
  const routeCaveats = plan.routeNotes.filter((id) => catalog.routeNotes[id].inSummary);
  return (
    <Section name="summary" title={t('sections.summary')}>
      <dl className="plan-summary">
        {plan.blockers.length > 0 && (
          <Row label={t('summary.first')} to="blockers" blocker>
            {plan.blockers.map((id) => tp(`blockers.${id}.title`)).join(' · ')}
          </Row>
        )}
        <Row label={t('summary.login')} to="login">
          <strong>{tp(`variants.${plan.variant}.name`)}</strong>
          {also !== '' && <> {t('summary.also', { names: also })}</>}
        </Row>
        <Row label={t('summary.route')} to="route">
          <strong>
            {t('summary.routeLevel', {
              route: tp(`routes.${plan.route}.name`),
              level: tp(`levels.${plan.levelObtained}.name`),
            })}
          </strong>
          {routeCaveats.map((id) => (
            <span key={id} className="plan-summary__caveat" data-summary-note={id}>
              {' '}
              {tp(`routeNotes.${id}.title`)}
            </span>
          ))}
        </Row>
        <Row label={t('summary.fnmt')} to="fnmt">
          {tp(`fnmt.${plan.fnmt}.title`)}
        </Row>
        {now !== undefined && (
          <Row label={t('summary.now')} to="next-steps">
            {tp(`nextSteps.${now.step}.title`)}
          </Row>
        )}
      </dl>
    </Section>
  );
}
