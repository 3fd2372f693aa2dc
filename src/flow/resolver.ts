/**
 * The resolver of a question flow: pure functions of the answers that say where the user is,
 * where Continue and Back go, and which stored answers are ignored. Nothing here remembers
 * anything: every answer is replayed from the first question, so the result never depends on
 * browser history. One factory serves both flows (the main one and the fix path).
 *
 * Because every `askedWhen` looks only at earlier answers, whether a question is on the path
 * depends only on the answers before it; answering or changing it never moves it on or off.
 */

export interface Progress {
  /** 1-based position of the step among the questions that will be asked ("question 3"). */
  readonly index: number;
  /** How many questions will be asked, as far as the current answers tell ("of about 9"). */
  readonly total: number;
}

export interface FlowDefinition<Q extends string, A extends Partial<Record<Q, unknown>>> {
  /** the questions in order of presentation */
  readonly ids: readonly Q[];
  /** whether `q` is asked, given the on-path answers before it */
  readonly askedWhen: (q: Q, earlier: A) => boolean;
  /** the answers on the path (off-path ones dropped) */
  readonly onPath: (answers: A) => A;
  /** the questions on the path not answered yet */
  readonly missing: (answers: A) => Q[];
}

export function createResolver<Q extends string, A extends Partial<Record<Q, unknown>>>({
  ids,
  askedWhen,
  onPath,
  missing,
}: FlowDefinition<Q, A>) {
  const ORDER = Object.fromEntries(ids.map((q, i) => [q, i])) as Readonly<Record<Q, number>>;

  /**
   * Replays the answers from the first question: calls `visit` for each question on the path,
   * in order, with whether it is answered, until `visit` returns true. A question is on the path
   * when its `askedWhen` holds on the on-path answers before it; an unanswered question counts
   * as absent for the ones after it. Stopping early keeps the common calls cheap.
   */
  function walkPath(answers: A, visit: (q: Q, answered: boolean) => boolean): void {
    const kept: Partial<Record<Q, unknown>> = {};
    for (const q of ids) {
      if (!askedWhen(q, kept as A)) continue;
      const answered = answers[q] !== undefined;
      if (answered) kept[q] = answers[q];
      if (visit(q, answered)) return;
    }
  }

  /** The first question on the path that is unanswered, or `'check'` when none is left. */
  function nextStep(answers: A): Q | 'check' {
    let next: Q | 'check' = 'check';
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
  function pathOf(answers: A): Q[] {
    const path: Q[] = [];
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
  function fullPath(answers: A): Q[] {
    const path: Q[] = [];
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
  function nextAfter(stepId: Q, answers: A): Q | 'check' {
    const after = ORDER[stepId];
    let next: Q | 'check' = 'check';
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
  function previousStep(step: Q | 'check' | 'result', answers: A): Q | 'start' | 'check' {
    if (step === 'result') return 'check';
    const limit = step === 'check' ? ids.length : ORDER[step];
    let previous: Q | 'start' | 'check' = 'start';
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
  function isReachable(step: Q | 'check' | 'result', answers: A): boolean {
    if (step === 'check' || step === 'result') return nextStep(answers) === 'check';
    let reachable = false;
    walkPath(answers, (q, answered) => {
      reachable = q === step;
      return reachable || !answered || ORDER[q] > ORDER[step];
    });
    return reachable;
  }

  /** The ids of stored answers that are off the path (kept, but ignored by the rules), in order. */
  function offPathAnswers(answers: A): Q[] {
    const kept = onPath(answers);
    return ids.filter((q) => answers[q] !== undefined && kept[q] === undefined);
  }

  /**
   * The progress indicator for a question page. For a step that is not on the path (which the
   * UI redirects away from), the position it would take if it were.
   */
  function progress(stepId: Q, answers: A): Progress {
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
  function opensNewQuestions(before: A, after: A): boolean {
    const missingBefore = new Set(missing(before));
    return missing(after).some((q) => !missingBefore.has(q));
  }

  return { nextStep, pathOf, fullPath, nextAfter, previousStep, isReachable, offPathAnswers, progress, opensNewQuestions };
}
