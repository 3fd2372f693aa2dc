import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink, PageHeading } from '../../components';
import { useEmbedFixResult } from '../../embed';
import { fixAfterQuestions, fixPagePath, fixPreviousStep } from '../../flow';
import { onFixPathAnswers, tryFix } from '../../rules';
import { useWizard } from '../../store';
import { usePageTitle } from '../common';
import { ShareAnswers } from '../share';
import { FixView } from './FixView';

/** `/fix/result`: the fix (the flow's guard sends incomplete answers to their first unanswered question). */
export function FixResultPage() {
  const { t } = useTranslation('fix');
  const fix = useWizard((s) => s.fix);
  const result = useMemo(() => tryFix(fix), [fix]);
  const onPath = useMemo(() => onFixPathAnswers(fix), [fix]);
  usePageTitle(t('page.resultTitle'));
  // Embedded: tell the host page the fix's ids (never the answers).
  useEmbedFixResult(result.ok ? result.plan : undefined);
  // The guard lets this page show only for complete answers; nothing to show otherwise.
  if (!result.ok) return null;
  const previous = fixPreviousStep('check', fix);
  const back = fixAfterQuestions(fix) === 'check' ? fixPagePath('check') : fixPagePath(previous === 'start' ? 'problem' : previous);
  return (
    <>
      <BackLink to={back}>{t('page.back')}</BackLink>
      <PageHeading>{t('page.resultTitle')}</PageHeading>
      <FixView plan={result.plan} island={onPath.island} />
      <ShareAnswers path="fix" />
    </>
  );
}
