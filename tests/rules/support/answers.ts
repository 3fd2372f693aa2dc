/**
 * Building answer sets for rule tests. `complete(partial)` keeps every answer the test gives
 * and fills only the on-path questions the test left out, with neutral defaults — so a test
 * states exactly the answers it cares about and nothing else.
 */
import { QUESTION_IDS, type Answers, type QuestionId } from '../../../src/domain';

/**
 * Defaults for questions a test does not care about. Chosen to trigger as little as possible:
 * an NIE with a TIE, a Spanish mobile, no app (so no app-video for DNI holders), no
 * certificate, an employee with no tasks, occasional use, can visit, no computer, fiscal
 * address known, Mallorca.
 */
export const DEFAULTS: Required<Answers> = {
  id: 'nie',
  doc: 'tie',
  phone: 'es',
  app: 'no',
  cert: 'no',
  work: 'employee',
  tasks: [],
  use: 'occasional',
  visit: 'yes',
  computer: 'no',
  fiscal: 'yes',
  island: 'mallorca',
};

export type AskedWhenFn = (q: QuestionId, earlier: Answers) => boolean;

/**
 * Fills every on-path question the partial answers leave out with its default.
 * Given answers are always kept (even off-path ones: a test may check they are ignored).
 * Whether a question is on the path is decided on the on-path answers before it.
 */
export function completeWith(askedWhen: AskedWhenFn, partial: Answers): Answers {
  const onPath: Record<string, unknown> = {};
  const out: Record<string, unknown> = { ...partial };
  for (const q of QUESTION_IDS) {
    if (!askedWhen(q, onPath)) continue;
    const value = partial[q] ?? DEFAULTS[q];
    onPath[q] = value;
    out[q] = value;
  }
  return out;
}

/** Answers written the way docs/rules.md#worked-examples writes them: `id=nie doc=tie tasks=tax,sign`. */
export function parseAnswerLine(line: string): Answers {
  const out: Record<string, unknown> = {};
  for (const pair of line.trim().split(/\s+/)) {
    const [key, value = ''] = pair.split('=');
    if (key === undefined || key === '') continue;
    out[key] = key === 'tasks' ? (value === '' ? [] : value.split(',')) : value;
  }
  return out;
}

/** A copy of the answers without the given questions. */
export function without(a: Answers, ...drop: QuestionId[]): Answers {
  return Object.fromEntries(Object.entries(a).filter(([k]) => !drop.includes(k as QuestionId)));
}

/** `id=nie doc=tie …` — for counter-example messages and test names. */
export function formatAnswers(a: Answers): string {
  return QUESTION_IDS.filter((q) => a[q] !== undefined)
    .map((q) => {
      const v = a[q];
      return `${q}=${Array.isArray(v) ? v.join(',') : String(v)}`;
    })
    .join(' ');
}
