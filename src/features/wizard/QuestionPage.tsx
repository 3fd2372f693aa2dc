import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { MULTI_CHOICE, QUESTION_VALUES, questionIdSchema, type Answers, type AnswerValue, type QuestionId } from '../../domain';
import { CHANGE_PARAM, changePagePath, isReachable, nextAfter, nextStep, opensNewQuestions, pagePath, previousStep, progress } from '../../flow';
import { useWizard, useWizardActions } from '../../store';
import { NotFoundPage, optionHint, optionLabel, questionHint, questionTitle } from '../common';
import { FormatHelpers } from './FormatHelpers';
import { QuestionForm } from './QuestionForm';

/** `/q/:id`: one question per page. Unknown ids are a 404; the flow's guard redirects unreachable ones. */
export function QuestionPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const session = useWizard((s) => s.session);
  const parsed = questionIdSchema.safeParse(id);
  if (!parsed.success) return <NotFoundPage />;
  const changing = search.get(CHANGE_PARAM) === '1';
  // A new key per step, and per set of answers: the local selection and the error start afresh on
  // every page, and when another tab clears the answers (nothing of the old set stays selected).
  return <QuestionStep key={`${parsed.data}:${String(changing)}:${session ?? ''}`} id={parsed.data} changing={changing} />;
}

function initialSelection(answers: Answers, id: QuestionId): string[] {
  const value = answers[id];
  if (value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value];
}

function QuestionStep({ id, changing }: { readonly id: QuestionId; readonly changing: boolean }) {
  const { t } = useTranslation();
  const answers = useWizard((s) => s.answers);
  const { setAnswer } = useWizardActions();
  const multiple = MULTI_CHOICE.has(id);
  const options = QUESTION_VALUES[id].map((value) => ({
    value,
    label: optionLabel(t, id, value),
    hint: optionHint(t, id, value),
  }));
  const back = changing && isReachable('check', answers) ? pagePath('check') : pagePath(previousStep(id, answers));

  function onAnswer(values: string[]): string {
    const value = (multiple ? values : values[0]) as AnswerValue<QuestionId>;
    const after: Answers = { ...answers, [id]: value };
    setAnswer(id, value);
    // Changed from the check page: back there, unless the change put new questions on the path.
    if (changing) {
      return !opensNewQuestions(answers, after) && isReachable('check', after) ? pagePath('check') : changePagePath(nextStep(after));
    }
    return pagePath(nextAfter(id, after));
  }

  return (
    <QuestionForm
      id={id}
      multiple={multiple}
      title={questionTitle(t, id)}
      hint={questionHint(t, id)}
      options={options}
      initial={initialSelection(answers, id)}
      back={back}
      progress={progress(id, answers)}
      errorText={t(`errors.required.${id}`)}
      onAnswer={onAnswer}
      extra={id === 'doc' ? (selected) => <FormatHelpers doc={selected[0]} /> : undefined}
    />
  );
}
