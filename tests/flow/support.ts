/** Helpers shared by the flow tests. */
import { QUESTION_IDS, type Answers, type QuestionId } from '../../src/domain';
import { nextAfter, nextStep } from '../../src/flow/resolve';
import { WORKED_EXAMPLES } from '../fixtures/worked-examples';

/** A complete, ordinary on-path answer set for an NIE holder with a TIE. */
export const NIE_TIE: Answers = { ...WORKED_EXAMPLES['letter-mallorca'], doc: 'tie' };

/** The answers to the questions strictly before `q` (what `askedWhen[q]` may look at). */
export function before(q: QuestionId, answers: Answers): Answers {
  const index = QUESTION_IDS.indexOf(q);
  const kept: Partial<Record<QuestionId, unknown>> = {};
  for (const id of QUESTION_IDS.slice(0, index)) if (answers[id] !== undefined) kept[id] = answers[id];
  return kept as Answers;
}

/** Sets one answer (or removes it with `undefined`), returning a new object. */
export function withAnswer(answers: Answers, q: QuestionId, value: unknown): Answers {
  const others = Object.entries(answers).filter(([key]) => key !== q);
  return Object.fromEntries(value === undefined ? others : [...others, [q, value]]);
}

/**
 * Whether the flow asks `q` for these answers, judged the way a user meets it: only the
 * answers before `q` are given, so `q` is asked exactly when it is the next step. Throws when
 * the case leaves an earlier question on the path unanswered (an incomplete test case).
 */
export function isAsked(q: QuestionId, answers: Answers): boolean {
  const next = nextStep(before(q, answers));
  if (next !== 'check' && QUESTION_IDS.indexOf(next) < QUESTION_IDS.indexOf(q)) {
    throw new Error(`incomplete case: ${next} is unanswered before ${q}`);
  }
  return next === q;
}

/** The step shown after answering `q` with the given (earlier and own) answers. */
export function nextAfterAnswering(q: QuestionId, answers: Answers): ReturnType<typeof nextAfter> {
  const upToQ = { ...before(q, answers), ...pick(answers, q) };
  const next = nextAfter(q, upToQ);
  if (next !== nextStep(upToQ)) throw new Error(`nextAfter(${q}) = ${next} but nextStep = ${nextStep(upToQ)}`);
  return next;
}

function pick(answers: Answers, q: QuestionId): Answers {
  return answers[q] === undefined ? {} : { [q]: answers[q] };
}
