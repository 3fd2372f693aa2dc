/**
 * The question flow, declared as data (docs/questions.md): one routing declaration per question,
 * in QUESTION_IDS order. Routing only: *when* a question is asked is policy and lives in
 * `rules/applicability` (`askedWhen`); each declaration references that predicate, never a copy.
 *
 * `next` lists, by hand, every step that can follow this one for some answers. It is data for
 * the graph and the diagram; tests/flow/paths-every-*.test.ts walk the whole answer space and prove
 * each list equals what the resolver actually produces (no more, no less).
 */
import { QUESTION_IDS, type Answers, type QuestionId } from '../domain';
import { askedWhen } from '../rules/applicability';

/** The pages after the last question: check your answers, then the plan. */
export const TERMINAL_STEPS = ['check', 'result'] as const;
export type TerminalStep = (typeof TERMINAL_STEPS)[number];

/** What can follow a question: another question, or the check page once none is left. */
export type StepTarget = QuestionId | 'check';

/** Every page of the flow proper (`/q/<id>`, `/check`, `/result`). The start page is `'start'`. */
export type FlowStep = QuestionId | TerminalStep;

/**
 * How the flow routes one question. What the question is (its values, single or multiple
 * choice, its hint) is declared once, in domain/questions (`QUESTIONS`).
 */
export interface StepDeclaration<A = Answers, T extends string = StepTarget> {
  /** THE definition of when the question is asked: the predicate from rules/applicability. */
  readonly askedWhen: (earlier: A) => boolean;
  /** A short human description of `askedWhen`, for the diagram and for readers. */
  readonly when: string;
  /** Every step that can directly follow this one, for some answers (`check`: no question is left). */
  readonly next: readonly T[];
}

/** The text used for `when` on questions that are always asked. */
export const ALWAYS = 'always';

export const STEPS = {
  id: { askedWhen: askedWhen.id, when: ALWAYS, next: ['doc', 'phone'] },
  doc: { askedWhen: askedWhen.doc, when: 'id ≠ dni', next: ['phone'] },
  phone: { askedWhen: askedWhen.phone, when: ALWAYS, next: ['app'] },
  app: { askedWhen: askedWhen.app, when: ALWAYS, next: ['cert', 'work'] },
  cert: { askedWhen: askedWhen.cert, when: 'id is nie or dni', next: ['work'] },
  work: { askedWhen: askedWhen.work, when: ALWAYS, next: ['tasks'] },
  tasks: { askedWhen: askedWhen.tasks, when: ALWAYS, next: ['use'] },
  use: { askedWhen: askedWhen.use, when: ALWAYS, next: ['visit', 'island'] },
  visit: {
    askedWhen: askedWhen.visit,
    when: 'no usable certificate and not app video viable (dni, app and a mobile)',
    next: ['computer', 'fiscal', 'island'],
  },
  computer: {
    askedWhen: askedWhen.computer,
    when: 'visit asked and (FNMT required or recommended, or phone none, or visit no)',
    next: ['fiscal', 'island'],
  },
  fiscal: { askedWhen: askedWhen.fiscal, when: 'letter viable', next: ['island'] },
  island: { askedWhen: askedWhen.island, when: ALWAYS, next: ['check'] },
} as const satisfies Readonly<Record<QuestionId, StepDeclaration>>;

/** The step(s) the start page can lead to (the first question). Proven by the tests like `next`. */
export const FIRST_STEPS = ['id'] as const satisfies readonly StepTarget[];

/** Where each page goes from the terminal pages. */
export const AFTER_CHECK = 'result' as const satisfies TerminalStep;

/** The declarations as a list, in QUESTION_IDS order, each with its question id. */
export const STEP_LIST: readonly (StepDeclaration & { readonly id: QuestionId })[] = QUESTION_IDS.map((id) => ({ id, ...STEPS[id] }));
