/**
 * The main flow's resolver (see resolver.ts): where the user is, where Continue and Back go,
 * which stored answers are ignored.
 */
import { QUESTION_IDS, type QuestionId } from '../domain';
import { missingOnPath, onPathAnswers } from '../rules/applicability';
import { createResolver } from './resolver';
import { STEPS } from './steps';


/** Where Back goes from the first question. */
export type BackTarget = QuestionId | 'start' | 'check';

export const {
  nextStep,
  pathOf,
  fullPath,
  nextAfter,
  previousStep,
  isReachable,
  offPathAnswers,
  progress,
  opensNewQuestions,
} = createResolver({
  ids: QUESTION_IDS,
  askedWhen: (q, earlier) => STEPS[q].askedWhen(earlier),
  onPath: onPathAnswers,
  missing: missingOnPath,
});
