/**
 * The one home of the wizard's page paths: which path shows which page of the flow, and back;
 * where "continue" resumes; and the guard that says where a page must send the user instead.
 * Pure: the router, the start-up, links, the embed protocol and the agent page all ask here,
 * and no other code builds or parses `/q/…`.
 */
import { questionIdSchema, type Answers, type QuestionId } from '../domain';
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
export const ROUTE_PATTERNS = { question: 'q/:id', check: 'check', result: 'result' } as const;

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

/**
 * The guard of every flow page: the path to go to instead of `pathname` for these answers, or
 * undefined when the page may show. A question not reachable yet (or off the path), the check
 * page or the plan while answers are missing → the first unanswered question. The start page,
 * paths outside the flow and unknown question ids (the 404 page) always show.
 */
export function redirectFor(pathname: string, answers: Answers): PagePath | undefined {
  const page = pageAt(pathname);
  if (page === undefined || page === 'start' || isReachable(page, answers)) return undefined;
  return pagePath(nextStep(answers));
}
