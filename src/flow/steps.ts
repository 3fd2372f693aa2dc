/**
 * The question flow, declared as data (spec §1 and §3): one declaration per question step,
 * in QUESTION_IDS order. Routing only: *when* a question is asked is policy and lives in
 * `rules/applicability` (`askedWhen`); each declaration references that predicate, never a copy.
 *
 * `next` lists, by hand, every step that can follow this one for some answers. It is data for
 * the graph and the diagram; tests/flow/enumerate.test.ts walks the whole answer space and proves
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

export type StepKind = 'single' | 'multi';

export interface StepDeclaration<Q extends QuestionId = QuestionId> {
  readonly id: Q;
  /** `single`: radios, one value; `multi`: checkboxes, a possibly empty set. */
  readonly kind: StepKind;
  /** THE definition of when the question is asked: the predicate from rules/applicability. */
  readonly askedWhen: (earlier: Answers) => boolean;
  /** A short human description of `askedWhen`, for the diagram and for readers. */
  readonly when: string;
  /** Every step that can directly follow this one, for some answers. */
  readonly next: readonly StepTarget[];
}

/** The text used for `when` on questions that are always asked. */
export const ALWAYS = 'always';

export const STEPS = {
  id: { id: 'id', kind: 'single', askedWhen: askedWhen.id, when: ALWAYS, next: ['doc', 'phone'] },
  doc: { id: 'doc', kind: 'single', askedWhen: askedWhen.doc, when: 'id ≠ dni', next: ['phone'] },
  phone: { id: 'phone', kind: 'single', askedWhen: askedWhen.phone, when: ALWAYS, next: ['app'] },
  app: { id: 'app', kind: 'single', askedWhen: askedWhen.app, when: ALWAYS, next: ['cert', 'work'] },
  cert: { id: 'cert', kind: 'single', askedWhen: askedWhen.cert, when: 'id is nie or dni', next: ['work'] },
  work: { id: 'work', kind: 'single', askedWhen: askedWhen.work, when: ALWAYS, next: ['tasks'] },
  tasks: { id: 'tasks', kind: 'multi', askedWhen: askedWhen.tasks, when: ALWAYS, next: ['use'] },
  use: { id: 'use', kind: 'single', askedWhen: askedWhen.use, when: ALWAYS, next: ['visit', 'island'] },
  visit: {
    id: 'visit',
    kind: 'single',
    askedWhen: askedWhen.visit,
    when: 'no usable certificate and not app video viable (dni, app and a mobile)',
    next: ['computer', 'fiscal', 'island'],
  },
  computer: {
    id: 'computer',
    kind: 'single',
    askedWhen: askedWhen.computer,
    when: 'visit asked and (FNMT required or recommended, or phone none, or visit no)',
    next: ['fiscal', 'island'],
  },
  fiscal: { id: 'fiscal', kind: 'single', askedWhen: askedWhen.fiscal, when: 'letter viable', next: ['island'] },
  island: { id: 'island', kind: 'single', askedWhen: askedWhen.island, when: ALWAYS, next: ['check'] },
} as const satisfies { readonly [Q in QuestionId]: StepDeclaration<Q> };

/** The step(s) the start page can lead to (the first question). Proven by the tests like `next`. */
export const FIRST_STEPS = ['id'] as const satisfies readonly StepTarget[];

/** Where each page goes from the terminal pages. */
export const AFTER_CHECK = 'result' as const satisfies TerminalStep;

/** The declarations as a list, in QUESTION_IDS order. */
export const STEP_LIST: readonly StepDeclaration[] = QUESTION_IDS.map((q) => STEPS[q]);
