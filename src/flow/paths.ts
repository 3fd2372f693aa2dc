/**
 * The one home of the wizard's page paths: which path shows which page of the flow, and back;
 * where "continue" resumes; and the guard that says where a page must send the user instead.
 * Pure: the router, the start-up, links, the embed protocol and the agent page all ask here,
 * and no other code builds or parses `/q/…`.
 */
import { fixQuestionIdSchema, questionIdSchema, type Answers, type FixAnswers, type FixQuestionId, type QuestionId } from '../domain';
import { fixAfterQuestions, fixIsReachable, fixNextPage, fixNextStep, type FixStep } from './fix-steps';
import { isReachable, nextStep, type BackTarget } from './resolve';
import type { FlowStep } from './steps';

/** Every page of the flow, the start page included. */
export type FlowPage = 'start' | FlowStep;

/** The path of each page. */
export type PagePath = '/' | '/check' | '/result' | `/q/${QuestionId}`;

/** `?change=1` on a question page: the answer was changed from the check page, which Continue returns to. */
export const CHANGE_PARAM = 'change';

export function pagePath(page: FlowPage | BackTarget): PagePath {
  if (page === 'start') return '/';
  if (page === 'check') return '/check';
  if (page === 'result') return '/result';
  return `/q/${page}`;
}

/** The router's patterns for the flow's pages (the question page reads its id from `:id`). */
export const ROUTE_PATTERNS = {
  question: 'q/:id',
  check: 'check',
  result: 'result',
  fixProblem: 'fix',
  fixQuestion: 'fix/q/:id',
  fixCheck: 'fix/check',
  fixResult: 'fix/result',
} as const;

/** A question page in "changed from the check page" mode. */
export function changePagePath(page: FlowPage | BackTarget): string {
  return `${pagePath(page)}?${CHANGE_PARAM}=1`;
}

/** The page a path shows (a trailing slash is tolerated), or undefined for a path outside the flow. */
export function pageAt(pathname: string): FlowPage | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return 'start';
  if (path === '/check') return 'check';
  if (path === '/result') return 'result';
  const question = /^\/q\/([^/]+)$/.exec(path)?.[1];
  const parsed = questionIdSchema.safeParse(question);
  return parsed.success ? parsed.data : undefined;
}

/** Where the user resumes: the first unanswered question on the path, or the plan when none is left. */
export function resumePage(answers: Answers): QuestionId | 'result' {
  const next = nextStep(answers);
  return next === 'check' ? 'result' : next;
}

// ── the fix path ("I already have Cl@ve") ─────────────────────────────────────

/** The path of each fix page: the problem question is the path's own entry, `/fix`. */
export type FixPagePath = '/fix' | `/fix/q/${Exclude<FixQuestionId, 'problem'>}` | '/fix/check' | '/fix/result';

export function fixPagePath(page: FixStep): FixPagePath {
  if (page === 'problem') return '/fix';
  if (page === 'check') return '/fix/check';
  if (page === 'result') return '/fix/result';
  return `/fix/q/${page}`;
}

/** Where the fix path resumes (a link, the start page): the first unanswered question, or the fix when none is left. */
export function fixResumePage(answers: FixAnswers): FixQuestionId | 'result' {
  const next = fixNextStep(answers);
  return next === 'check' ? 'result' : next;
}

/** A fix question page in "changed from the check page" mode. */
export function changeFixPagePath(page: FixStep): string {
  return `${fixPagePath(page)}?${CHANGE_PARAM}=1`;
}

/** The fix page a path shows, or undefined for a path outside the fix path. */
export function fixPageAt(pathname: string): FixStep | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/fix') return 'problem';
  if (path === '/fix/check') return 'check';
  if (path === '/fix/result') return 'result';
  const question = /^\/fix\/q\/([^/]+)$/.exec(path)?.[1];
  const parsed = fixQuestionIdSchema.safeParse(question);
  return parsed.success && parsed.data !== 'problem' ? parsed.data : undefined;
}

/** Whether a fix page may show for these answers (the problem page always may). */
function fixPageShows(page: FixStep, answers: FixAnswers): boolean {
  if (page === 'problem') return true;
  if (page === 'check' || page === 'result') return fixNextStep(answers) === 'check' && (page === 'result' || fixAfterQuestions(answers) === 'check');
  return fixIsReachable(page, answers);
}

/**
 * The guard of every flow page: the path to go to instead of `pathname` for these answers, or
 * undefined when the page may show. A question not reachable yet (or off the path), the check
 * page or the plan while answers are missing → the first unanswered question. The start page,
 * paths outside the flow and unknown question ids (the 404 page) always show. The fix path's
 * pages follow the same idea with its own answers; its check page shows only on a path of more
 * than two questions (a shorter one goes straight to the fix).
 */
export function redirectFor(pathname: string, answers: Answers, fixAnswers: FixAnswers = {}): PagePath | FixPagePath | undefined {
  const fixPage = fixPageAt(pathname);
  if (fixPage !== undefined) return fixPageShows(fixPage, fixAnswers) ? undefined : fixPagePath(fixNextPage(fixAnswers));
  const page = pageAt(pathname);
  if (page === undefined || page === 'start' || isReachable(page, answers)) return undefined;
  return pagePath(nextStep(answers));
}
