/**
 * The fix, purely presentational: it renders the ids `fix(answers)` returned with the catalogue's
 * links and flags and the locale's words, and decides nothing. At a glance first, then the steps
 * in order, what to bring, the notes, the offices and the sources.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { catalog } from '../../catalog';
import type { FixPlan, IslandValue } from '../../domain';
import { buildLink } from '../../share';
import { ExternalLink } from '../result/ExternalLink';
import { FlagNote } from '../result/FlagNote';
import { OfficesSection } from '../result/OfficesSection';
import { Section } from '../result/Section';
import { SourceLinks } from '../result/SourceLinks';
import { SourcesSection } from '../result/SourcesSection';
import { appBaseUrl } from '../share';
import { fixSources } from './fix-sources';
import '../result/result.css';

/** A fix's steps, keyed "1", "2", … in fix.json, in their numeric order. */
function useSteps(fix: FixPlan['fix']): (readonly [string, string])[] {
  const { t } = useTranslation('fix');
  const steps: Readonly<Record<string, string>> = t(`fixes.${fix}.steps`, { returnObjects: true });
  return Object.entries(steps).sort(([a], [b]) => Number(a) - Number(b));
}

export function FixView({ plan, island }: { plan: FixPlan; island: IslandValue | undefined }) {
  const { t } = useTranslation('fix');
  const { t: tp } = useTranslation('plan');
  const { t: tr } = useTranslation('result');
  const steps = useSteps(plan.fix);
  const sources = useMemo(() => fixSources(plan), [plan]);
  const entry = catalog.fixes[plan.fix];
  const name = t(`fixes.${plan.fix}.name`);
  return (
    <div className="plan-view" data-fix-view="" data-fix={plan.fix}>
      <div className="plan-toolbar">
        <button
          type="button"
          className="plan-button"
          onClick={() => {
            window.print();
          }}
        >
          {tr('toolbar.print')}
        </button>
      </div>
      <Section name="summary" title={t('page.sections.summary')}>
        <dl className="plan-summary">
          <div className="plan-summary__row">
            <dt>{t('page.summary.problem')}</dt>
            <dd>{t(`questions.problem.options.${plan.problem}.label`)}</dd>
          </div>
          <div className="plan-summary__row">
            <dt>{t('page.summary.fix')}</dt>
            <dd>
              <strong>{name}</strong>
            </dd>
          </div>
          <div className="plan-summary__row">
            <dt>{t('page.summary.first')}</dt>
            <dd>{steps[0]?.[1]}</dd>
          </div>
        </dl>
      </Section>
      <Section name="fix-steps" title={t('page.sections.steps')} data={{ 'data-fix': plan.fix }}>
        <p className="plan-decision">{name}</p>
        <p>{t(`fixes.${plan.fix}.summary`)}</p>
        <details className="plan-why" data-why="fix">
          <summary>{t('page.why')}</summary>
          <ul className="plan-why__reasons">
            {plan.reasons.map((r) => (
              <li key={r.rule} data-rule={r.rule}>
                <p>{t(`fixes.${r.rule}.why`)}</p>
                <SourceLinks ids={r.sources} />
              </li>
            ))}
          </ul>
        </details>
        {entry.flag === undefined ? null : <FlagNote flag={entry.flag} />}
        <h3>{t('page.stepsTitle')}</h3>
        <ol className="plan-steps">
          {steps.map(([n, text]) => (
            <li key={n}>{text}</li>
          ))}
        </ol>
        {entry.link === undefined ? null : (
          <p>
            <ExternalLink href={entry.link}>{t('page.actOn', { title: name })}</ExternalLink>
          </p>
        )}
        {plan.handover === undefined ? null : (
          <div className="plan-callout" data-handover="">
            <h3>{t('page.handover.title')}</h3>
            <p>{t('page.handover.body')}</p>
            <p>
              <a className="button" href={buildLink(appBaseUrl(), plan.handover)}>
                {t('page.handover.button')}
              </a>
            </p>
          </div>
        )}
      </Section>
      {plan.bring.length === 0 ? null : (
        <Section name="bring" title={t('page.sections.bring')} data={{ 'data-bring': plan.bring.join(' ') }}>
          <ul className="plan-list">
            {plan.bring.map((id) => (
              <li key={id} data-item={id}>
                <strong>{tp(`checklist.items.${id}.title`)}</strong>
                <p>{tp(`checklist.items.${id}.body`)}</p>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {plan.notes.length + plan.warnings.length === 0 ? null : (
        <Section name="notes" title={t('page.sections.notes')} data={{ 'data-notes': [...plan.notes, ...plan.warnings].join(' ') }}>
          <ul className="plan-cards">
            {plan.notes.map((id) => {
              const note = catalog.fixNotes[id];
              return (
                <li key={id} className="plan-card plan-warning plan-warning--caution" data-note={id}>
                  <h3>{t(`notes.${id}.title`)}</h3>
                  <p>{t(`notes.${id}.body`)}</p>
                  {note.flag === undefined ? null : <FlagNote flag={note.flag} />}
                  <SourceLinks ids={note.sources} />
                </li>
              );
            })}
            {plan.warnings.map((id) => {
              const warning = catalog.warnings[id];
              return (
                <li key={id} className={`plan-card plan-warning plan-warning--${warning.tone}`} data-warning={id}>
                  <h3>
                    <span className="plan-warning__tone">{tr(`warnings.tone.${warning.tone}`)}</span> {tp(`warnings.${id}.title`)}
                  </h3>
                  <p>{tp(`warnings.${id}.body`)}</p>
                  {warning.flag === undefined ? null : <FlagNote flag={warning.flag} />}
                  <SourceLinks ids={warning.sources} />
                </li>
              );
            })}
          </ul>
        </Section>
      )}
      {plan.offices.length === 0 ? null : <OfficesSection offices={plan.offices} island={island} />}
      <SourcesSection sources={sources} />
    </div>
  );
}
