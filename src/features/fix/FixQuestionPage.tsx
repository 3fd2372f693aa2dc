import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { FIX_QUESTION_VALUES, fixQuestionIdSchema, type FixAnswers, type FixQuestionId, type FixValueOf } from '../../domain';
import {
  CHANGE_PARAM,
  changeFixPagePath,
  fixAfterQuestions,
  fixIsReachable,
  fixNextAfter,
  fixNextPage,
  fixOpensNewQuestions,
  fixPagePath,
  fixPreviousStep,
  fixProgress,
  pagePath,
} from '../../flow';
import { useWizard, useWizardActions } from '../../store';
import { FIX_WORDS, NotFoundPage, optionHint, optionLabel, questionHint, questionTitle } from '../common';
import { QuestionForm } from '../wizard/QuestionForm';

/**
 * `/fix` (the problem) and `/fix/q/:id`: one question of the fix path per page. Unknown ids are a
 * 404; the flow's guard redirects unreachable ones.
 */
export function FixQuestionPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const session = useWizard((s) => s.session);
  // `/fix` is the problem page; `/fix/q/problem` is not an address of it.
  const parsed = fixQuestionIdSchema.safeParse(params.id ?? 'problem');
  if (!parsed.success || params.id === 'problem') return <NotFoundPage />;
  const changing = search.get(CHANGE_PARAM) === '1';
  return <FixQuestionStep key={`${parsed.data}:${String(changing)}:${session ?? ''}`} id={parsed.data} changing={changing} />;
}

/** Where a fix page goes once its answer is stored. */
function afterAnswer(id: FixQuestionId, before: FixAnswers, after: FixAnswers, changing: boolean): string {
  const checkShows = fixNextPage(after) === 'check';
  if (changing) {
    // Back to the check page, unless the change put new questions on the path.
    if (!fixOpensNewQuestions(before, after) && checkShows) return fixPagePath('check');
    const next = fixNextPage(after);
    return next === 'check' || next === 'result' ? fixPagePath(next) : changeFixPagePath(next);
  }
  const next = fixNextAfter(id, after);
  return fixPagePath(next === 'check' ? fixAfterQuestions(after) : next);
}

function FixQuestionStep({ id, changing }: { readonly id: FixQuestionId; readonly changing: boolean }) {
  const { t } = useTranslation();
  const fix = useWizard((s) => s.fix);
  const { setFixAnswer } = useWizardActions();
  const value = fix[id];
  const previous = fixPreviousStep(id, fix);
  const back =
    changing && fixIsReachable('check', fix) && fixAfterQuestions(fix) === 'check'
      ? fixPagePath('check')
      : previous === 'start'
        ? pagePath('start')
        : fixPagePath(previous);
  return (
    <QuestionForm
      id={id}
      multiple={false}
      title={questionTitle(t, id, FIX_WORDS)}
      hint={questionHint(t, id, FIX_WORDS)}
      options={FIX_QUESTION_VALUES[id].map((v) => ({ value: v, label: optionLabel(t, id, v, FIX_WORDS), hint: optionHint(t, id, v, FIX_WORDS) }))}
      initial={value === undefined ? [] : [value]}
      back={back}
      progress={fixProgress(id, fix)}
      errorText={t(`errors.required.${id}`)}
      onAnswer={([chosen]) => {
        const answer = chosen as FixValueOf<typeof id>;
        setFixAnswer(id, answer);
        return afterAnswer(id, fix, { ...fix, [id]: answer }, changing);
      }}
    />
  );
}
