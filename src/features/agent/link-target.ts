/**
 * What the agent's link points at, for either path: the link builder over the answers the path
 * will use, the page the client lands on, and the answers the path would not ask (left out).
 * The flow decides all three (its on-path answers and resume page); this only joins them.
 */
import type { Answers, FixAnswers, FixQuestionId, QuestionId } from '../../domain';
import { fixOffPathAnswers, fixPagePath, fixResumePage, offPathAnswers, resumePage } from '../../flow';
import { onFixPathAnswers, onPathAnswers } from '../../rules';
import { buildFixLink, buildLink, type BuildLinkOptions } from '../../share';
import { FIX_WORDS, MAIN_WORDS, type QuestionWords } from '../common';

export type LinkPath = 'main' | 'fix';

export type Opens =
  | { readonly kind: 'start' }
  | { readonly kind: 'question'; readonly id: QuestionId | FixQuestionId; readonly words: QuestionWords }
  | { readonly kind: 'result' }
  | { readonly kind: 'fix-result' };

export interface LinkTarget {
  readonly build: (options: BuildLinkOptions) => string;
  /** The wizard page an embed opens at (the snippet's data-src), when not its start page. */
  readonly page?: string;
  readonly opens: Opens;
  readonly offPath: readonly (QuestionId | FixQuestionId)[];
  readonly words: QuestionWords;
}

export function mainTarget(base: string, answers: Answers): LinkTarget {
  const onPath = onPathAnswers(answers);
  const resume = resumePage(onPath);
  return {
    build: (options) => buildLink(base, onPath, options),
    opens:
      Object.keys(onPath).length === 0
        ? { kind: 'start' }
        : resume === 'result'
          ? { kind: 'result' }
          : { kind: 'question', id: resume, words: MAIN_WORDS },
    offPath: offPathAnswers(answers),
    words: MAIN_WORDS,
  };
}

export function fixTarget(base: string, answers: FixAnswers): LinkTarget {
  const onPath = onFixPathAnswers(answers);
  const next = fixResumePage(onPath);
  return {
    build: (options) => buildFixLink(base, onPath, options),
    // Relative to the base, so a wizard served under a sub-path keeps it.
    page: new URL(fixPagePath('problem').slice(1), base).href,
    opens:
      next === 'result'
        ? { kind: 'fix-result' }
        : { kind: 'question', id: next, words: FIX_WORDS },
    offPath: fixOffPathAnswers(answers),
    words: FIX_WORDS,
  };
}
