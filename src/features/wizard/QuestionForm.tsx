/**
 * One question on its own page, for either flow: the Back link, the error summary, the progress,
 * the choices and Continue. The page around it says what the question is and where an answer
 * leads; this form keeps the choice, shows the error, and answers exactly once.
 */
import { useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink, ChoiceField, ErrorSummary, optionId, ProgressIndicator } from '../../components';
import type { ChoiceOption } from '../../components/ChoiceField';
import { usePageTitle } from '../common';

export interface QuestionFormProps {
  readonly id: string;
  readonly multiple: boolean;
  readonly title: string;
  readonly hint: string | undefined;
  readonly options: readonly ChoiceOption[];
  /** the stored answer's values (selected when the page opens) */
  readonly initial: readonly string[];
  readonly back: string;
  readonly progress: { readonly index: number; readonly total: number };
  readonly errorText: string;
  /** Stores the answer (the values in presentation order) and returns the page to go to. */
  readonly onAnswer: (values: string[]) => string;
  /** extra content under the choices, given the current selection */
  readonly extra?: ((selected: readonly string[]) => ReactNode) | undefined;
}

export function QuestionForm(props: QuestionFormProps) {
  const { id, multiple, title, hint, options, initial, back, progress, errorText, onAnswer, extra } = props;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [selected, setSelected] = useState<string[]>(() => [...initial]);
  /** the number of failed submits (0: no error shown); a new number re-focuses the summary */
  const [failedAttempts, setFailedAttempts] = useState(0);
  const hasError = failedAttempts > 0;
  /** Set by the submit that answered this page: its navigation is on the way, nothing may follow it. */
  const answered = useRef(false);
  usePageTitle(title, hasError);

  function onSubmit(event: SyntheticEvent<HTMLFormElement>): void {
    event.preventDefault();
    // A second submit before this page is gone (Enter pressed twice, a click while the next page
    // renders) would store the answer again from a stale closure and push a second history entry.
    if (answered.current) return;
    if (!multiple && selected.length === 0) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    answered.current = true;
    const values = options.map((o) => o.value).filter((v) => selected.includes(v));
    void navigate(onAnswer(values));
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
      <ProgressIndicator index={progress.index} total={progress.total} label={t('question.progress', progress)} />
      <form className="question" onSubmit={onSubmit} noValidate data-question={id}>
        <ChoiceField
          name={id}
          multiple={multiple}
          legend={title}
          hint={hint}
          error={hasError ? errorText : undefined}
          errorPrefix={t('errors.prefix')}
          options={options}
          selected={selected}
          onChange={(next) => {
            setSelected(next);
          }}
        />
        {extra?.(selected)}
        <button type="submit" className="button">
          {t('question.continue')}
        </button>
      </form>
    </>
  );
}
