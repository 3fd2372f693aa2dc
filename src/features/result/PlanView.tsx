/**
 * The personal plan, purely presentational: it renders the ids the plan contains with the
 * catalogue's links and dates and the locale's words. It decides nothing; `answers` only
 * names the user's context (which island). Blockers come first; with blockers, the rest is
 * shown as a preview of what comes after.
 */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, ChecklistItemId, Plan } from '../../domain';
import { BlockersSection } from './BlockersSection';
import { CapabilitiesSection } from './CapabilitiesSection';
import { ChecklistSection } from './ChecklistSection';
import { citedSources } from './cited-sources';
import { FnmtSection } from './FnmtSection';
import { LoginSection } from './LoginSection';
import { NextStepsSection } from './NextStepsSection';
import { OfficesSection } from './OfficesSection';
import { RouteSection } from './RouteSection';
import { SourcesSection } from './SourcesSection';
import { SummarySection } from './SummarySection';
import { useExpandForPrint } from './use-expand-for-print';
import { WarningsSection } from './WarningsSection';
import './result.css';

export interface PlanViewProps {
  plan: Plan;
  answers: Answers;
  ticked: ReadonlySet<ChecklistItemId>;
  onToggle: (id: ChecklistItemId) => void;
}

export function PlanView({ plan, answers, ticked, onToggle }: PlanViewProps) {
  const { t } = useTranslation('result');
  const root = useRef<HTMLDivElement>(null);
  useExpandForPrint(root);
  const sources = useMemo(() => citedSources(plan), [plan]);
  const blocked = plan.blockers.length > 0;

  const rest = (
    <>
      <LoginSection variant={plan.variant} alsoActivate={plan.alsoActivate} reasons={plan.reasons} />
      <RouteSection
        route={plan.route}
        alternatives={plan.alternatives}
        level={plan.level}
        levelObtained={plan.levelObtained}
        reasons={plan.reasons}
        checklist={plan.checklist}
        routeNotes={plan.routeNotes}
      />
      <FnmtSection fnmt={plan.fnmt} reasons={plan.reasons} />
      {plan.checklist.length > 0 && <ChecklistSection items={plan.checklist} ticked={ticked} onToggle={onToggle} />}
      {plan.warnings.length > 0 && <WarningsSection warnings={plan.warnings} />}
      {plan.nextSteps.length > 0 && <NextStepsSection steps={plan.nextSteps} />}
      {plan.offices.length > 0 && <OfficesSection offices={plan.offices} island={answers.island} />}
      {plan.capabilities.length > 0 && <CapabilitiesSection rows={plan.capabilities} />}
    </>
  );

  return (
    <div ref={root} className="plan-view" data-plan-view="" data-blocked={blocked ? 'true' : 'false'}>
      <div className="plan-toolbar">
        <button
          type="button"
          className="plan-button"
          onClick={() => {
            window.print();
          }}
        >
          {t('toolbar.print')}
        </button>
      </div>
      <SummarySection plan={plan} />
      {blocked && <BlockersSection blockers={plan.blockers} reasons={plan.reasons} />}
      {blocked ? (
        <div className="plan-preview" data-preview="">
          <div className="plan-preview__note" role="note">
            <p className="plan-preview__title">{t('preview.title')}</p>
            <p>{t('preview.body')}</p>
          </div>
          {rest}
        </div>
      ) : (
        rest
      )}
      <SourcesSection sources={sources} />
    </div>
  );
}
