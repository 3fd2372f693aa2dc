/** What opening a link means for the stored answers, the page and the notice: a pure description. */
import { FIX_QUESTION_IDS, QUESTION_IDS, type Answers, type FixAnswers } from '../domain';
import { fixPagePath, fixResumePage, pagePath, resumePage, type FixPagePath, type PagePath } from '../flow';
import type { DroppedAnswer, ParsedLink, RejectedParam } from './names';

/** What applying a link changes: a pure description the hook carries out. */
export interface LinkApplication {
  /** The answers to store instead of the current ones (a fresh start), or undefined to keep them. */
  readonly answers: Answers | undefined;
  /** For a fix link: the fix answers to store (a fresh start of both paths), or undefined. */
  readonly fix: FixAnswers | undefined;
  /** The language to switch to, if the link asked for a supported one. */
  readonly lang: string | undefined;
  /** The page to open (replacing the current entry), or undefined to stay. */
  readonly path: PagePath | FixPagePath | undefined;
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
  readonly fix?: FixAnswers;
}

const same = <K extends string>(ids: readonly K[], a: Partial<Record<K, unknown>>, b: Partial<Record<K, unknown>>): boolean =>
  ids.every((id) => JSON.stringify(a[id]) === JSON.stringify(b[id]));

/**
 * A link with answers starts a fresh set of answers: it never merges with stored ones, and this
 * holds when some or all of its answers are unusable, or when it is too long to read at all (a
 * half-applied link must not leave the previous person's answers in place). It opens the first
 * unanswered question on the path, or the plan (the fix, on the fix path) when none is left. The notice names what was not
 * used and, when something was stored before, that it was cleared and why.
 */
export function applyLink(parsed: ParsedLink, before: StoredBefore = { answers: {}, ticks: [] }): LinkApplication {
  const fresh = parsed.carriesAnswers;
  const isFix = parsed.path === 'fix';
  const answers = fresh ? (isFix ? {} : parsed.answers) : undefined;
  const fix = fresh && isFix ? parsed.fix : undefined;
  const path = !fresh ? undefined : fix !== undefined ? fixPagePath(fixResumePage(fix)) : pagePath(resumePage(parsed.answers));
  const hasNews = parsed.rejected.length > 0 || parsed.dropped.length > 0;
  const beforeFix = before.fix ?? {};
  const cleared =
    answers !== undefined &&
    (before.ticks.length > 0 ||
      (Object.keys(before.answers).length > 0 && !same(QUESTION_IDS, before.answers, answers)) ||
      (Object.keys(beforeFix).length > 0 && !same(FIX_QUESTION_IDS, beforeFix, fix ?? {})));
  const noneUsed = fresh && Object.keys(isFix ? parsed.fix : parsed.answers).length === 0;
  return {
    answers,
    fix,
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
