/** What `fix(answers)` returns: ids and reasons, never words (docs/fix.md). */
import type { FixId, FixNoteId, ProblemId } from './fix';
import type { ChecklistItemId, OfficeId, SourceId, WarningId } from './plan';
import type { Answers } from './questions';

export interface FixReason {
  /** the fix this reason explains (its sentence is `fixes.<id>.why` in fix.json) */
  rule: FixId;
  sources: SourceId[];
}

export interface FixPlan {
  problem: ProblemId;
  fix: FixId;
  notes: FixNoteId[];
  /** warnings of the main plan that apply to this fix too (one number per person, renouncing…) */
  warnings: WarningId[];
  /** what to bring to an office, when the fix needs a visit (checklist item ids) */
  bring: ChecklistItemId[];
  offices: OfficeId[];
  /** when the fix means registering again: the main flow's answers it already knows */
  handover: Answers | undefined;
  reasons: FixReason[];
}

/** The subset sent to an embedding host page as `fix-result`: ids only, never answers. */
export const FIX_RESULT_EVENT_KEYS = ['fix', 'notes', 'warnings', 'bring'] as const satisfies readonly (keyof FixPlan)[];
export type FixResultEvent = Pick<FixPlan, (typeof FIX_RESULT_EVENT_KEYS)[number]>;
