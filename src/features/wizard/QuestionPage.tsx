import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { BackLink, ChoiceField, ErrorSummary, optionId, ProgressIndicator } from '../../components';
import { MULTI_CHOICE, QUESTION_VALUES, questionIdSchema, type Answers, type AnswerValue, type QuestionId } from '../../domain';
import { CHANGE_PARAM, changePagePath, isReachable, nextAfter, nextStep, opensNewQuestions, pagePath, previousStep, progress } from '../../flow';
import { useWizard, useWizardActions } from '../../store';
import { NotFoundPage, optionHint, optionLabel, questionHint, questionTitle, usePageTitle } from '../common';
import { FormatHelpers } from './FormatHelpers';

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
  const navigate = useNavigate();
  const answers = useWizard((s) => s.answers);
  const { setAnswer } = useWizardActions();
  const multiple = MULTI_CHOICE.has(id);
  const [selected, setSelected] = useState<string[]>(() => initialSelection(answers, id));
  /** the number of failed submits (0: no error shown); a new number re-focuses the summary */
  const [failedAttempts, setFailedAttempts] = useState(0);
  const hasError = failedAttempts > 0;
  /** Set by the submit that answered this page: its navigation is on the way, nothing may follow it. */
  const answered = useRef(false);
  const title = questionTitle(t, id);
  usePageTitle(title, hasError);


  const values = QUESTION_VALUES[id];
  const options = values.map((value) => ({
    value,
    label: optionLabel(t, id, value),
    hint: optionHint(t, id, value),
  }));
  const { index, total } = progress(id, answers);
  const back = changing && isReachable('check', answers) ? pagePath('check') : pagePath(previousStep(id, answers));
  const errorText = t(`errors.required.${id}`);

  function onSubmit(event: SyntheticEvent<HTMLFormElement>): void {
    event.preventDefault();
    // A second submit before this page is gone (Enter pressed twice, a click while the next page
    // renders) would store the answer again from a stale closure and push a second history entry.
    if (answered.current) return;
    if (!multiple && selected.length === 0) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    const value = (multiple ? values.filter((v) => selected.includes(v)) : selected[0]) as AnswerValue<QuestionId>;
    const before = answers;
    const after: Answers = { ...answers, [id]: value };
    answered.current = true;
    setAnswer(id, value);
    if (changing) {
      // Back to the check page, unless the change put new questions on the path: then those first.
      if (!opensNewQuestions(before, after) && isReachable('check', after)) void navigate(pagePath('check'));
      else void navigate(changePagePath(nextStep(after)));
      return;
    }
    void navigate(pagePath(nextAfter(id, after)));
  }

  return (
    <>
      <BackLink to={back}>{t('nav.back')}</BackLink>
      {hasError ? (
        <ErrorSummary
          title={t('errors.summaryTitle')}
          errors={[{ targetId: optionId(id, 0), text: errorText }]}
          attempt={failedAttempts}
        />
      ) : null}
      <ProgressIndicator index={index} total={total} label={t('question.progress', { index, total })} />
      <form className="question" onSubmit={onSubmit} noValidate data-question={id}>
        <ChoiceField
          name={id}
          multiple={multiple}
          legend={title}
          hint={questionHint(t, id)}
          error={hasError ? errorText : undefined}
          errorPrefix={t('errors.prefix')}
          options={options}
          selected={selected}
          onChange={(next) => {
            setSelected(next);
          }}
        />
        {id === 'doc' ? <FormatHelpers doc={selected[0]} /> : null}
        <button type="submit" className="button">
          {t('question.continue')}
        </button>
      </form>
    </>
  );
}
