/** What opening a link means for the stored answers, the page and the notice: a pure description. */
import { QUESTION_IDS, type Answers } from '../domain';
import { pagePath, resumePage, type PagePath } from '../flow';
import type { DroppedAnswer, ParsedLink, RejectedParam } from './names';

/** What applying a link changes: a pure description the hook carries out. */
export interface LinkApplication {
  /** The answers to store instead of the current ones (a fresh start), or undefined to keep them. */
  readonly answers: Answers | undefined;
  /** The language to switch to, if the link asked for a supported one. */
  readonly lang: string | undefined;
  /** The page to open (replacing the current entry), or undefined to stay. */
  readonly path: PagePath | undefined;
  /** What to tell the user about parameters that could not be used, if anything. */
  readonly notice: LinkNoticeData | undefined;
}

export interface LinkNoticeData {
  readonly rejected: readonly RejectedParam[];
  readonly dropped: readonly DroppedAnswer[];
  readonly migratedFrom?: number;
  /** The link named questions, but not one of its answers could be used. */
  readonly noneUsed?: true;
  /** Answers or ticks stored before were cleared, because the link carries answers. */
  readonly clearedStored?: true;
}

/** What the browser had stored when the link was opened (to tell the user what a fresh start cleared). */
export interface StoredBefore {
  readonly answers: Answers;
  readonly ticks: readonly string[];
}

function sameAnswers(a: Answers, b: Answers): boolean {
  return QUESTION_IDS.every((id) => JSON.stringify(a[id]) === JSON.stringify(b[id]));
}

/**
 * A link with answers starts a fresh set of answers: it never merges with stored ones, and this
 * holds when some or all of its answers are unusable, or when it is too long to read at all (a
 * half-applied link must not leave the previous person's answers in place). It opens the first
 * unanswered question on the path, or the plan when none is left. The notice names what was not
 * used and, when something was stored before, that it was cleared and why.
 */
export function applyLink(parsed: ParsedLink, before: StoredBefore = { answers: {}, ticks: [] }): LinkApplication {
  const answers = parsed.carriesAnswers ? parsed.answers : undefined;
  const path = answers === undefined ? undefined : pagePath(resumePage(answers));
  const hasNews = parsed.rejected.length > 0 || parsed.dropped.length > 0;
  const cleared =
    answers !== undefined &&
    (before.ticks.length > 0 || (Object.keys(before.answers).length > 0 && !sameAnswers(before.answers, answers)));
  const noneUsed = answers !== undefined && Object.keys(answers).length === 0;
  return {
    answers,
    lang: parsed.lang,
    path,
    notice: hasNews
      ? {
          rejected: parsed.rejected,
          dropped: parsed.dropped,
          ...(parsed.migratedFrom === undefined ? {} : { migratedFrom: parsed.migratedFrom }),
          ...(noneUsed ? { noneUsed } : {}),
          ...(cleared ? { clearedStored: cleared } : {}),
        }
      : undefined,
  };
}
