/**
 * The embed protocol (spec §4): the messages an embedded wizard posts to its host page, and the
 * embed options read from the iframe's URL. Pure: no React, no browser globals.
 *
 * Every message is `{ source: 'clave-wizard', version: 1, type, frame?, … }`:
 *   resize  { height }  CSS pixels of the content; the only message that may go to '*'
 *   step    { step }    a question id, 'start', 'check' or 'result', on every page change
 *   result  { result }  the plan's ids (RESULT_EVENT_KEYS) when the plan is shown
 * No answer values, never an NIE or support number.
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
  type Plan,
  type ResultEvent,
} from '../domain';

export const MESSAGE_SOURCE = 'clave-wizard';
export const PROTOCOL_VERSION = 1;

/** The embed parameters of the wizard's URL (the host script writes them). */
export const EMBED_PARAMS = ['embed', 'accent', 'bg', 'frame', 'origin'] as const;
export type EmbedParam = (typeof EMBED_PARAMS)[number];

/** An embed instance id chosen by the host page, echoed in every message. */
export const frameIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
/** What `step` messages name: a question, or one of the pages around the questions. */
export const embedStepSchema = z.union([questionIdSchema, z.enum(['start', 'check', 'result'])]);
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
export const embedMessageSchema = z.discriminatedUnion('type', [
  resizeMessageSchema,
  stepMessageSchema,
  resultMessageSchema,
]);

export type ResizeMessage = z.infer<typeof resizeMessageSchema>;
export type StepMessage = z.infer<typeof stepMessageSchema>;
export type ResultMessage = z.infer<typeof resultMessageSchema>;
export type EmbedMessage = z.infer<typeof embedMessageSchema>;
export type EmbedMessageType = EmbedMessage['type'];

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

// ---------------------------------------------------------------------------------------------
// Embed options (the iframe URL's parameters)

export interface EmbedOptions {
  /** `embed=1`: render without site chrome and talk to the parent page. */
  readonly enabled: boolean;
  /** `accent=0b6e4f` (3 or 6 hex digits, `#` optional), normalised to `#0b6e4f`. */
  readonly accent?: string;
  /** `bg=transparent`. */
  readonly transparent: boolean;
  /** `frame=<id>`: the host's id for this embed, echoed in every message. */
  readonly frame?: string;
  /** `origin=<parent origin>`, as the host page claims it; check it with resolveParentOrigin. */
  readonly origin?: string;
}

export interface EmbedOptionsResult {
  readonly options: EmbedOptions;
  /** Embed parameters that were ignored (spec §4: invalid values are ignored). */
  readonly rejected: readonly { param: EmbedParam; reason: 'invalid' | 'repeated' }[];
}

export const NO_EMBED: EmbedOptions = { enabled: false, transparent: false };

/** `#rgb` / `#rrggbb` (with or without `#`) → `#rrggbb` in lower case. */
export function normaliseAccent(value: string): string | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim())?.[1]?.toLowerCase();
  if (hex === undefined) return undefined;
  return `#${hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex}`;
}

/** An http(s) origin exactly (`https://agency.example`, no path, no trailing slash), else undefined. */
export function normaliseOrigin(value: string): string | undefined {
  if (value.length > 300) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.origin === value.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the embed options of the wizard's own URL. Invalid values are ignored and reported. */
export function parseEmbedOptions(search: string | URLSearchParams): EmbedOptionsResult {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const rejected: { param: EmbedParam; reason: 'invalid' | 'repeated' }[] = [];
  const read = (name: EmbedParam): string | undefined => {
    const values = params.getAll(name);
    if (values.length > 1) rejected.push({ param: name, reason: 'repeated' });
    return values.length === 1 ? values[0] : undefined;
  };
  const check = <T>(name: EmbedParam, raw: string | undefined, parse: (v: string) => T | undefined) => {
    if (raw === undefined) return undefined;
    const value = parse(raw);
    if (value === undefined) rejected.push({ param: name, reason: 'invalid' });
    return value;
  };

  const enabled = check('embed', read('embed'), (v) => (v === '1' ? true : v === '0' ? false : undefined)) ?? false;
  const accent = check('accent', read('accent'), normaliseAccent);
  const transparent = check('bg', read('bg'), (v) => (v === 'transparent' ? true : undefined)) ?? false;
  const frame = check('frame', read('frame'), (v) => (frameIdSchema.safeParse(v).success ? v : undefined));
  const origin = check('origin', read('origin'), normaliseOrigin);
  return {
    options: {
      enabled,
      transparent,
      ...(accent === undefined ? {} : { accent }),
      ...(frame === undefined ? {} : { frame }),
      ...(origin === undefined ? {} : { origin }),
    },
    rejected,
  };
}

/** The URL parameters for a set of embed options (for the agent page's links and snippet). */
export function embedOptionsToParams(options: EmbedOptions): Partial<Record<EmbedParam, string>> {
  if (!options.enabled) return {};
  const params: Partial<Record<EmbedParam, string>> = { embed: '1' };
  const accent = options.accent === undefined ? undefined : normaliseAccent(options.accent);
  if (accent !== undefined) params.accent = accent.slice(1);
  if (options.transparent) params.bg = 'transparent';
  if (options.frame !== undefined && frameIdSchema.safeParse(options.frame).success) params.frame = options.frame;
  const origin = options.origin === undefined ? undefined : normaliseOrigin(options.origin);
  if (origin !== undefined) params.origin = origin;
  return params;
}

export interface ParentEvidence {
  /** `location.ancestorOrigins` (Chromium, Safari), nearest parent first. */
  readonly ancestorOrigins?: readonly string[];
  /** `document.referrer`: the parent page's URL (or origin) when the frame was loaded. */
  readonly referrer?: string;
}

/**
 * The origin data messages may be posted to, or undefined (then only `resize` is sent).
 * The browser's own evidence decides: ancestorOrigins[0], else the referrer's origin. A claimed
 * `origin=` is used only when it agrees with that evidence, or when there is none (postMessage's
 * targetOrigin then still refuses delivery to any other parent). Opaque `null` origins never count.
 */
export function resolveParentOrigin(claimed: string | undefined, evidence: ParentEvidence): string | undefined {
  const fromAncestors = evidence.ancestorOrigins?.[0];
  const detected =
    fromAncestors !== undefined
      ? normaliseOrigin(fromAncestors)
      : evidence.referrer
        ? normaliseOrigin(safeOrigin(evidence.referrer) ?? '')
        : undefined;
  const claim = claimed === undefined ? undefined : normaliseOrigin(claimed);
  if (fromAncestors !== undefined && detected === undefined) return undefined; // parent is opaque
  if (claim !== undefined && detected !== undefined) return claim === detected ? claim : undefined;
  return claim ?? detected;
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
