/**
 * Embed options: the parameters of the wizard's iframe URL (the host script writes them), and
 * the parent origin data messages may go to. Pure: no React, no browser globals.
 */
import { frameIdSchema } from './messages';

/** The embed parameters of the wizard's URL. */
export const EMBED_PARAMS = ['embed', 'accent', 'bg', 'frame', 'origin'] as const;
export type EmbedParam = (typeof EMBED_PARAMS)[number];

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
  /** Embed parameters that were ignored: an invalid or repeated value is dropped, never an error. */
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
