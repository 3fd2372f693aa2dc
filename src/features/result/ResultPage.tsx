import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink, PageHeading } from '../../components';
import type { ChecklistItemId } from '../../domain';
import { useEmbedResult } from '../../embed';
import { onPathAnswers, tryRecommend } from '../../rules';
import { useWizard, useWizardActions } from '../../store';
import { Redirect, stepPath, usePageTitle } from '../common';
import { ShareAnswers } from '../share';
import { PlanView } from './PlanView';
import { redirectFor } from '../wizard/redirects';

/** `/result`: the plan, or the first unanswered question when the answers are incomplete. */
export function ResultPage() {
  const { t } = useTranslation();
  const answers = useWizard((s) => s.answers);
  const tickList = useWizard((s) => s.ticks);
  const { toggleTick } = useWizardActions();
  const result = useMemo(() => tryRecommend(answers), [answers]);
  const onPath = useMemo(() => onPathAnswers(answers), [answers]);
  const ticked = useMemo<ReadonlySet<ChecklistItemId>>(() => new Set(tickList), [tickList]);
  const onToggle = useCallback((item: ChecklistItemId) => {
    toggleTick(item);
  }, [toggleTick]);
  usePageTitle(t('result.title'));
  // Embedded: tell the host page the plan's ids (never the answers).
  useEmbedResult(result.ok ? result.plan : undefined);

  if (!result.ok) return <Redirect to={redirectFor(stepPath('result'), answers) ?? stepPath('start')} />;
  return (
    <>
      <BackLink to={stepPath('check')}>{t('result.back')}</BackLink>
      <PageHeading>{t('result.title')}</PageHeading>
      <PlanView plan={result.plan} answers={onPath} ticked={ticked} onToggle={onToggle} />
      <ShareAnswers />
    </>
  );
}
