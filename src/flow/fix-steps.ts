/**
 * The fix path ("I already have Cl@ve") declared as data beside the main flow: one routing
 * declaration per question, referencing the predicates of rules/fix-applicability (docs/fix.md).
 * `next` lists every step that can follow, for some answers (`check`: no question is left);
 * tests/flow/fix.test.ts walks the whole fix answer space and proves each list exact.
 */
import { FIX_QUESTION_IDS, type FixAnswers, type FixQuestionId } from '../domain';
import { fixAskedWhen, missingOnFixPath, onFixPathAnswers } from '../rules/fix-applicability';
import { createResolver } from './resolver';
import { ALWAYS, type StepDeclaration } from './steps';

export type FixStepTarget = FixQuestionId | 'check';
/** Every page of the fix path proper (`/fix`, `/fix/q/<id>`, `/fix/check`, `/fix/result`). */
export type FixStep = FixQuestionId | 'check' | 'result';

export const FIX_STEPS = {
  problem: { askedWhen: fixAskedWhen.problem, when: ALWAYS, next: ['oldsms', 'cert', 'visit', 'id', 'check'] },
  oldsms: { askedWhen: fixAskedWhen.oldsms, when: 'problem is new-phone', next: ['cert', 'check'] },
  cert: {
    askedWhen: fixAskedWhen.cert,
    when: 'problem is new-number, need-advanced or renounce, or new-phone without the old SMS',
    next: ['visit', 'id', 'check'],
  },
  visit: {
    askedWhen: fixAskedWhen.visit,
    when: 'the fix may need an office (no certificate, or firma-expired)',
    next: ['id', 'check'],
  },
  id: {
    askedWhen: fixAskedWhen.id,
    when: 'problem is activation-code, card-renewed, need-advanced or firma-expired, or visit is yes',
    next: ['island', 'check'],
  },
  island: { askedWhen: fixAskedWhen.island, when: 'the fix may need an office and visit is yes', next: ['check'] },
} as const satisfies Readonly<Record<FixQuestionId, StepDeclaration<FixAnswers, FixStepTarget>>>;

export const {
  nextStep: fixNextStep,
  fullPath: fixFullPath,
  nextAfter: fixNextAfter,
  previousStep: fixPreviousStep,
  isReachable: fixIsReachable,
  offPathAnswers: fixOffPathAnswers,
  progress: fixProgress,
  opensNewQuestions: fixOpensNewQuestions,
} = createResolver({
  ids: FIX_QUESTION_IDS,
  askedWhen: (q, earlier) => FIX_STEPS[q].askedWhen(earlier),
  onPath: onFixPathAnswers,
  missing: missingOnFixPath,
});

/**
 * Where the fix path goes once no question is left: the check page when the path asked more
 * than two questions, else straight to the fix (a short path is checked at a glance).
 */
export function fixAfterQuestions(answers: FixAnswers): 'check' | 'result' {
  return fixFullPath(answers).length > 2 ? 'check' : 'result';
}

/** The fix path's next page: the first unanswered question, or where it goes once none is left. */
export function fixNextPage(answers: FixAnswers): FixQuestionId | 'check' | 'result' {
  const next = fixNextStep(answers);
  return next === 'check' ? fixAfterQuestions(answers) : next;
}
