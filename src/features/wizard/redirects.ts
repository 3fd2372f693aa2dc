/**
 * Where a page of the flow must send the user instead, for the current answers: a question
 * not reachable yet (or off the path) → the first unanswered one; the check page or the plan
 * while answers are missing → the same. Used by the pages (in-app) and by the app's start-up,
 * which fixes the address before the first render so a wrong page never shows, not even for
 * one frame (nothing flashes, no step is reported to an embedding page, focus is not moved).
 */
import { questionIdSchema, type Answers } from '../../domain';
import { isReachable, nextStep } from '../../flow';
import { tryRecommend } from '../../rules';
import { stepPath } from '../common/paths';

/** The path to go to instead of `pathname`, or undefined when the page may show. */
export function redirectFor(pathname: string, answers: Answers): string | undefined {
  const question = /^\/q\/([^/]+)\/?$/.exec(pathname);
  if (question !== null) {
    const id = questionIdSchema.safeParse(question[1]);
    if (!id.success) return undefined; // the 404 page
    return isReachable(id.data, answers) ? undefined : stepPath(nextStep(answers));
  }
  if (/^\/check\/?$/.test(pathname)) return isReachable('check', answers) ? undefined : stepPath(nextStep(answers));
  if (/^\/result\/?$/.test(pathname)) {
    if (tryRecommend(answers).ok) return undefined;
    const next = nextStep(answers);
    return next === 'check' ? stepPath('start') : stepPath(next);
  }
  return undefined;
}
