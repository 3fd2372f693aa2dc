/**
 * The resolver: pure functions of the answers that say where the user is, where Continue and
 * Back go, and which stored answers are ignored. Nothing here remembers anything: every
 * answer is replayed from the first question, so the result never depends on browser history.
 *
 * Because every `askedWhen` looks only at earlier answers, whether a question is on the path
 * depends only on the answers before it; answering or changing it never moves it on or off.
 */
import { QUESTION_IDS, type Answers, type QuestionId } from '../domain';
import { missingOnPath, onPathAnswers } from '../rules/applicability';
import { STEPS, type FlowStep, type StepTarget } from './steps';

/** Where Back goes from the first question. */
export type BackTarget = QuestionId | 'start' | 'check';

const ORDER = Object.fromEntries(QUESTION_IDS.map((q, i) => [q, i])) as Readonly<Record<QuestionId, number>>;

/**
 * Replays the answers from the first question: calls `visit` for each question on the path,
 * in order, with whether it is answered, until `visit` returns true. A question is on the path
 * when its `askedWhen` holds on the on-path answers before it; an unanswered question counts
 * as absent for the ones after it. Stopping early keeps the common calls cheap.
 */
function walkPath(answers: Answers, visit: (q: QuestionId, answered: boolean) => boolean): void {
  const kept: Partial<Record<QuestionId, unknown>> = {};
  for (const q of QUESTION_IDS) {
    if (!STEPS[q].askedWhen(kept as Answers)) continue;
    const answered = answers[q] !== undefined;
    if (answered) kept[q] = answers[q];
    if (visit(q, answered)) return;
  }
}

/** The first question on the path that is unanswered, or `'check'` when none is left. */
export function nextStep(answers: Answers): StepTarget {
  let next: StepTarget = 'check';
  walkPath(answers, (q, answered) => {
    if (answered) return false;
    next = q;
    return true;
  });
  return next;
}

/**
 * The questions on the path so far: the asked ones up to and including the first unanswered
 * one (all of them when every question on the path is answered).
 */
export function pathOf(answers: Answers): QuestionId[] {
  const path: QuestionId[] = [];
  walkPath(answers, (q, answered) => {
    path.push(q);
    return !answered;
  });
  return path;
}

/**
 * Every question that will be asked given the current answers, assuming the unanswered ones
 * do not change it: an estimate for "question 3 of about 9". Exact once all are answered.
 */
export function fullPath(answers: Answers): QuestionId[] {
  const path: QuestionId[] = [];
  walkPath(answers, (q) => {
    path.push(q);
    return false;
  });
  return path;
}

/**
 * The step that follows `stepId` (Continue): the next question on the path after it, answered
 * or not (a later answer is kept and shown pre-filled), or `'check'` after the last one.
 * Exact when `stepId` and everything before it on the path are answered.
 */
export function nextAfter(stepId: QuestionId, answers: Answers): StepTarget {
  const after = ORDER[stepId];
  let next: StepTarget = 'check';
  walkPath(answers, (q) => {
    if (ORDER[q] <= after) return false;
    next = q;
    return true;
  });
  return next;
}

/**
 * The step before `step` on the current path (Back): computed from the answers, never from
 * browser history. The first question goes back to `'start'`, the check page to the last
 * question on the path, the result to the check page.
 */
export function previousStep(step: FlowStep, answers: Answers): BackTarget {
  if (step === 'result') return 'check';
  const limit = step === 'check' ? QUESTION_IDS.length : ORDER[step];
  let previous: BackTarget = 'start';
  walkPath(answers, (q) => {
    if (ORDER[q] >= limit) return true;
    previous = q;
    return false;
  });
  return previous;
}

/**
 * A question is reachable when it is on the path and every question before it on the path is
 * answered; the check and result pages when no question on the path is left unanswered.
 * A deep link to an unreachable step redirects to `nextStep(answers)`.
 */
export function isReachable(step: FlowStep, answers: Answers): boolean {
  if (step === 'check' || step === 'result') return nextStep(answers) === 'check';
  let reachable = false;
  walkPath(answers, (q, answered) => {
    reachable = q === step;
    return reachable || !answered || ORDER[q] > ORDER[step];
  });
  return reachable;
}

/** The ids of stored answers that are off the path (kept, but ignored by the rules), in order. */
export function offPathAnswers(answers: Answers): QuestionId[] {
  const onPath = onPathAnswers(answers);
  return QUESTION_IDS.filter((q) => answers[q] !== undefined && onPath[q] === undefined);
}

export interface Progress {
  /** 1-based position of the step among the questions that will be asked ("question 3"). */
  readonly index: number;
  /** How many questions will be asked, as far as the current answers tell ("of about 9"). */
  readonly total: number;
}

/**
 * The progress indicator for a question page. For a step that is not on the path (which the
 * UI redirects away from), the position it would take if it were.
 */
export function progress(stepId: QuestionId, answers: Answers): Progress {
  const full = fullPath(answers);
  const at = full.indexOf(stepId);
  if (at >= 0) return { index: at + 1, total: full.length };
  const before = full.filter((q) => ORDER[q] < ORDER[stepId]).length;
  return { index: before + 1, total: full.length + 1 };
}

/**
 * After a change made from the check page: did it put an unanswered question on the path?
 * If so the user continues to `nextStep(after)` (and from there with `nextStep` again until
 * none is left); if not, straight back to the check page. A question that comes back on the
 * path with its earlier answer kept is not new: it is shown on the check page.
 */
export function opensNewQuestions(before: Answers, after: Answers): boolean {
  const missingBefore = new Set(missingOnPath(before));
  return missingOnPath(after).some((q) => !missingBefore.has(q));
}
