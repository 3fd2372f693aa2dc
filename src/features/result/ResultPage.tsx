import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink, PageHeading } from '../../components';
import type { ChecklistItemId } from '../../domain';
import { useEmbedResult } from '../../embed';
import { onPathAnswers, tryRecommend } from '../../rules';
import { useWizard, useWizardActions } from '../../store';
import { pagePath } from '../../flow';
import { usePageTitle } from '../common';
import { ShareAnswers } from '../share';
import { PlanView } from './PlanView';

/** `/result`: the plan (the flow's guard sends incomplete answers to their first unanswered question). */
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

  // The guard lets this page show only for complete answers; nothing to show otherwise.
  if (!result.ok) return null;
  return (
    <>
      <BackLink to={pagePath('check')}>{t('result.back')}</BackLink>
      <PageHeading>{t('result.title')}</PageHeading>
      <PlanView plan={result.plan} answers={onPath} ticked={ticked} onToggle={onToggle} />
      <ShareAnswers />
    </>
  );
}
