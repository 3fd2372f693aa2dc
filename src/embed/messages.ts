/**
 * The embed messages: what an embedded wizard posts to its host page. Pure: no React, no
 * browser globals. Every message is `{ source: 'clave-wizard', version: 1, type, frame?, … }`:
 *   resize  { height }  CSS pixels of the content; the only message that may go to '*'
 *   step    { step }    a question id, 'start', 'check' or 'result', on every page change
 *   result  { result }  the plan's ids (RESULT_EVENT_KEYS) when the plan is shown
 *   fix-result { result } the fix's ids (FIX_RESULT_EVENT_KEYS) when a fix is shown
 * Steps of the fix path are named `fix:<page>` (`fix:problem`, `fix:oldsms`, …, `fix:check`, `fix:result`).
 * No answer values, never an NIE or support number. The iframe URL's options are in options.ts.
 */
import * as z from 'zod/mini';
import {
  RESULT_EVENT_KEYS,
  alsoActivateIds,
  blockerIds,
  checklistItemIds,
  fnmtIds,
  levelIds,
  questionIdSchema,
  routeIds,
  variantIds,
  warningIds,
  FIX_QUESTION_IDS,
  fixIds,
  fixNoteIds,
  type FixPlan,
  type FixResultEvent,
  type Plan,
  type ResultEvent,
} from '../domain';

export const MESSAGE_SOURCE = 'clave-wizard';
export const PROTOCOL_VERSION = 1;


/** An embed instance id chosen by the host page, echoed in every message. */
export const frameIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
/** What `step` messages name: a question, or one of the pages around the questions. */
const FIX_STEPS = [...FIX_QUESTION_IDS, 'check', 'result'].map((page) => `fix:${page}`) as [string, ...string[]];
export const embedStepSchema = z.union([questionIdSchema, z.enum(['start', 'check', 'result']), z.enum(FIX_STEPS)]);
export type EmbedStep = z.infer<typeof embedStepSchema>;

/** The plan's ids sent to the host: exactly RESULT_EVENT_KEYS, nothing else. */
export const resultEventSchema = z.strictObject({
  blockers: z.array(blockerIds),
  level: levelIds,
  levelObtained: levelIds,
  route: routeIds,
  alternatives: z.array(routeIds),
  variant: variantIds,
  alsoActivate: z.array(alsoActivateIds),
  fnmt: fnmtIds,
  checklist: z.array(checklistItemIds),
  warnings: z.array(warningIds),
});

/** The fix's ids sent to the host: exactly FIX_RESULT_EVENT_KEYS, never the answers. */
export const fixResultEventSchema = z.strictObject({
  fix: fixIds,
  notes: z.array(fixNoteIds),
  warnings: z.array(warningIds),
  bring: z.array(checklistItemIds),
});

const envelope = {
  source: z.literal(MESSAGE_SOURCE),
  version: z.literal(PROTOCOL_VERSION),
  frame: z.optional(frameIdSchema),
};
/** Heights are whole CSS pixels; anything beyond 100 000 px is a bug, not a page. */
const heightSchema = z.int().check(z.minimum(0), z.maximum(100_000));

export const resizeMessageSchema = z.strictObject({ ...envelope, type: z.literal('resize'), height: heightSchema });
export const stepMessageSchema = z.strictObject({ ...envelope, type: z.literal('step'), step: embedStepSchema });
export const resultMessageSchema = z.strictObject({
  ...envelope,
  type: z.literal('result'),
  result: resultEventSchema,
});
export const fixResultMessageSchema = z.strictObject({
  ...envelope,
  type: z.literal('fix-result'),
  result: fixResultEventSchema,
});
export const embedMessageSchema = z.discriminatedUnion('type', [
  resizeMessageSchema,
  stepMessageSchema,
  resultMessageSchema,
  fixResultMessageSchema,
]);

export type ResizeMessage = z.infer<typeof resizeMessageSchema>;
export type StepMessage = z.infer<typeof stepMessageSchema>;
export type ResultMessage = z.infer<typeof resultMessageSchema>;
export type FixResultMessage = z.infer<typeof fixResultMessageSchema>;
export type EmbedMessage = z.infer<typeof embedMessageSchema>;

/** Validates a received message; undefined for anything that is not exactly ours. */
export function parseEmbedMessage(data: unknown): EmbedMessage | undefined {
  const parsed = embedMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** The plan's ids for the host page: exactly RESULT_EVENT_KEYS, copied (never the live arrays). */
export function resultEvent(plan: Plan): ResultEvent {
  const picked: Record<string, unknown> = {};
  for (const key of RESULT_EVENT_KEYS) {
    const value = plan[key];
    picked[key] = Array.isArray(value) ? [...value] : value;
  }
  return picked as ResultEvent;
}

/** The fix's ids for the host page: exactly FIX_RESULT_EVENT_KEYS, copied. */
export function fixResultEvent(plan: FixPlan): FixResultEvent {
  return { fix: plan.fix, notes: [...plan.notes], warnings: [...plan.warnings], bring: [...plan.bring] };
}

export function fixResultMessage(plan: FixPlan, frame?: string): FixResultMessage {
  return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type: 'fix-result', ...frameField(frame), result: fixResultEvent(plan) };
}

function frameField(frame: string | undefined): { frame?: string } {
  return frame === undefined ? {} : { frame };
}

export function resizeMessage(height: number, frame?: string): ResizeMessage {
  const clamped = Math.min(100_000, Math.max(0, Math.ceil(Number.isFinite(height) ? height : 0)));
  return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type: 'resize', ...frameField(frame), height: clamped };
}

export function stepMessage(step: EmbedStep, frame?: string): StepMessage {
  return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type: 'step', ...frameField(frame), step };
}

export function resultMessage(plan: Plan, frame?: string): ResultMessage {
  return {
    source: MESSAGE_SOURCE,
    version: PROTOCOL_VERSION,
    type: 'result',
    ...frameField(frame),
    result: resultEvent(plan),
  };
}
