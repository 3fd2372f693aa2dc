/**
 * The agent form's answer fields, one fieldset per question, each starting "not set": the main
 * flow's questions or the fix path's. Both are generated from the domain's declarations, so a
 * new question or value appears here without an edit.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceInput } from '../../components';
import {
  FIX_QUESTION_IDS,
  FIX_QUESTION_VALUES,
  QUESTION_IDS,
  QUESTION_VALUES,
  withAnswer,
  withFixAnswer,
  type Answers,
  type FixAnswers,
  type FixQuestionId,
  type QuestionId,
} from '../../domain';
import { FIX_WORDS, MAIN_WORDS, optionLabel, questionTitle, type QuestionWords } from '../common';

interface RadioQuestionProps {
  readonly id: QuestionId | FixQuestionId;
  readonly values: readonly string[];
  readonly value: string | undefined;
  readonly words: QuestionWords;
  /** Prefix of the fieldset's data-question, so the two paths' shared ids stay distinct. */
  readonly testPrefix?: string;
  readonly onChange: (value: string | undefined) => void;
}

function RadioQuestion({ id, values, value, words, testPrefix = '', onChange }: RadioQuestionProps) {
  const { t } = useTranslation('agent');
  const { t: tq } = useTranslation();
  const uid = useId();
  return (
    <fieldset className="fieldset" data-question={`${testPrefix}${id}`}>
      <legend className="fieldset__legend">{questionTitle(tq, id, words)}</legend>
      <div className="choices choices--radios">
        <ChoiceInput
          type="radio"
          name={uid}
          id={`${uid}-unset`}
          value="unset"
          checked={value === undefined}
          onChange={() => {
            onChange(undefined);
          }}
        >
          {t('agent.answers.notSet')}
        </ChoiceInput>
        {values.map((v) => (
          <ChoiceInput
            type="radio"
            key={v}
            name={uid}
            id={`${uid}-${v}`}
            value={v}
            checked={value === v}
            onChange={() => {
              onChange(v);
            }}
          >
            {optionLabel(tq, id, v, words)}
          </ChoiceInput>
        ))}
      </div>
    </fieldset>
  );
}

function TasksQuestion({ answers, onChange }: { readonly answers: Answers; readonly onChange: (next: Answers) => void }) {
  const { t } = useTranslation('agent');
  const { t: tq } = useTranslation();
  const uid = useId();
  const tasks: readonly string[] = answers.tasks ?? [];
  return (
    <fieldset className="fieldset" data-question="tasks">
      <legend className="fieldset__legend">{questionTitle(tq, 'tasks')}</legend>
      <div className="choices choices--radios">
        <ChoiceInput
          type="radio"
          name={`${uid}-mode`}
          id={`${uid}-unset`}
          value="unset"
          checked={answers.tasks === undefined}
          onChange={() => {
            onChange(withAnswer(answers, 'tasks', undefined));
          }}
        >
          {t('agent.answers.tasksNotSet')}
        </ChoiceInput>
        <ChoiceInput
          type="radio"
          name={`${uid}-mode`}
          id={`${uid}-set`}
          value="set"
          checked={answers.tasks !== undefined}
          onChange={() => {
            onChange(withAnswer(answers, 'tasks', answers.tasks ?? []));
          }}
        >
          {t('agent.answers.tasksSet')}
        </ChoiceInput>
      </div>
      <div className="choices choices--checkboxes">
        {QUESTION_VALUES.tasks.map((task) => (
          <ChoiceInput
            type="checkbox"
            key={task}
            id={`${uid}-${task}`}
            value={task}
            checked={tasks.includes(task)}
            onChange={(checked) => {
              const next = checked ? [...tasks, task] : tasks.filter((v) => v !== task);
              // Presentation order, whatever the order of the clicks.
              onChange(withAnswer(answers, 'tasks', QUESTION_VALUES.tasks.filter((v) => next.includes(v))));
            }}
          >
            {optionLabel(tq, 'tasks', task)}
          </ChoiceInput>
        ))}
      </div>
    </fieldset>
  );
}

export function MainAnswerFields({ answers, onChange }: { readonly answers: Answers; readonly onChange: (next: Answers) => void }) {
  return (
    <>
      {QUESTION_IDS.map((id) =>
        id === 'tasks' ? (
          <TasksQuestion key={id} answers={answers} onChange={onChange} />
        ) : (
          <RadioQuestion
            key={id}
            id={id}
            values={QUESTION_VALUES[id]}
            value={answers[id]}
            words={MAIN_WORDS}
            onChange={(value) => {
              onChange(withAnswer(answers, id, value));
            }}
          />
        ),
      )}
    </>
  );
}

export function FixAnswerFields({ answers, onChange }: { readonly answers: FixAnswers; readonly onChange: (next: FixAnswers) => void }) {
  return (
    <>
      {FIX_QUESTION_IDS.map((id) => (
        <RadioQuestion
          key={id}
          id={id}
          values={FIX_QUESTION_VALUES[id]}
          value={answers[id]}
          words={FIX_WORDS}
          testPrefix="fix:"
          onChange={(value) => {
            onChange(withFixAnswer(answers, id, value));
          }}
        />
      ))}
    </>
  );
}
