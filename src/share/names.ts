/**
 * The link format's names and limits: answers as query parameters named by the question ids,
 * plus `lang`, the flow version `v` and the embed options, and the versions and migrations.
 *
 *   /?id=nie&doc=tie&phone=es&tasks=tax,health&lang=de&v=1
 *
 * - Links without `v` are version 1 (the first one). Older versions are migrated step by step
 *   with LINK_MIGRATIONS; what an older version could say but this one cannot is reported as dropped.
 * - Embed parameters (`embed`, `accent`, `bg`, `frame`, `origin`) belong to the embed layer: they
 *   are recognised here (never "unknown") and passed through raw; `src/embed` validates them.
 */
import type { Answers, FixAnswers } from '../domain';

/** The flow version written into every new link. Bump it (and add a migration) when ids or values change. */
export const LINK_VERSION = 1;
/** The version of a link that has no `v`: such links predate versioning, so they are version 1. */
export const UNVERSIONED_LINK_VERSION = 1;
/** Longer queries are not read at all (a link is never that long; something is wrong with it). */
export const MAX_QUERY_LENGTH = 2048;
/** Longer single values are rejected as `too-long` (the longest valid value is about 70 characters). */
export const MAX_VALUE_LENGTH = 256;
/** Names longer than this are shortened when reported, so a notice stays readable. */
export const MAX_REPORTED_NAME = 40;
/** The `param` of the single rejection reported when the whole query is too long. */
export const WHOLE_LINK = '*';

/**
 * Languages a link's `lang` may ask for (docs/hosting.md#link-format-for-agents-and-integrators);
 * parseLink accepts another list through its options.
 */
export const LINK_LANGUAGES = ['en', 'es', 'de', 'ca', 'fr'] as const;

/**
 * Embed parameters, validated by `src/embed/options.ts` (parseEmbedOptions). Listed here so a
 * link carrying them is not reported as unknown; tests/share checks this list equals EMBED_PARAMS.
 */
export const LINK_EMBED_PARAMS = ['embed', 'accent', 'bg', 'frame', 'origin'] as const;
export type LinkEmbedParam = (typeof LINK_EMBED_PARAMS)[number];
/** Raw embed parameter values, by name. */
export type LinkEmbedParams = Partial<Record<LinkEmbedParam, string>>;

/** `other-path`: a question of the other path (the main flow's in a fix link, or the other way round). */
export type RejectReason = 'unknown' | 'invalid' | 'repeated' | 'too-long' | 'other-path';
export interface RejectedParam {
  /** The parameter's name as written in the link (shortened if very long), or WHOLE_LINK. */
  readonly param: string;
  readonly reason: RejectReason;
}

/** An answer an older link version could express but the current flow cannot. */
export interface DroppedAnswer {
  readonly param: string;
  /** The value that was dropped (a single item for `tasks`), absent when the whole parameter went. */
  readonly value?: string;
  /** The version whose migration dropped it. */
  readonly fromVersion: number;
}

/** Which path a link opens: the main flow ("Get Cl@ve") or the fix path ("I already have Cl@ve"). */
export type LinkPath = 'main' | 'fix';

export interface ParsedLink {
  /** The path the link opens: `fix` when it carries `problem` or points at a /fix page. */
  readonly path: LinkPath;
  /** The valid answers of the main flow only, keyed by question id (empty for a fix link). */
  readonly answers: Answers;
  /** The valid answers of the fix path (empty for a main link). */
  readonly fix: FixAnswers;
  /** True when the link names any question (even with a bad value): such a link starts afresh. */
  readonly carriesAnswers: boolean;
  /** True when the link has any parameter of ours (answers, `lang`, `v`) or was too long to read. */
  readonly isOurs: boolean;
  /** The requested language, normalised to a supported code (`es-MX` → `es`). */
  readonly lang?: string;
  /** Embed parameters, raw; validate them with parseEmbedOptions from src/embed. */
  readonly embed: LinkEmbedParams;
  /** Everything that was not used, in the order it appeared. */
  readonly rejected: readonly RejectedParam[];
  /** The version the answers are in now: always LINK_VERSION. */
  readonly version: number;
  /** The link's own version, when it was older and had to be migrated. */
  readonly migratedFrom?: number;
  /** What the older version could carry but this one cannot. */
  readonly dropped: readonly DroppedAnswer[];
}

/**
 * One step of migration: reads links of version `from` and rewrites them as version `from + 1`.
 * Applied to the raw parameters before validation, so the current schemas judge the result.
 */
export interface LinkMigration {
  readonly from: number;
  /** Old parameter name → new name. */
  readonly renameParams?: Readonly<Record<string, string>>;
  /**
   * Per parameter (new name): old value → new value, or `null` when the new version has no
   * equivalent (the value is dropped and reported). For `tasks`, applies to each item.
   */
  readonly renameValues?: Readonly<Record<string, Readonly<Record<string, string | null>>>>;
  /** Parameters the new version no longer has (dropped and reported). */
  readonly dropParams?: readonly string[];
}

/**
 * The real migration table. Empty while LINK_VERSION is 1: version-1 links are read as they are.
 * A future v2 that renamed, say, `doc=nie-paper` to `doc=white-sheet` would add
 * `{ from: 1, renameValues: { doc: { 'nie-paper': 'white-sheet' } } }` and set LINK_VERSION = 2
 * (tests/share/link-migration.test.ts runs exactly such a table).
 */
export const LINK_MIGRATIONS: readonly LinkMigration[] = [];

export interface ParseLinkOptions {
  /** The path the link opens (`/fix/…` makes it a fix link); default `/`. */
  readonly pathname?: string;
  /** Supported languages (default LINK_LANGUAGES). */
  readonly languages?: readonly string[];
  /** For tests of future versions: the migration table and current version to use. */
  readonly migrations?: readonly LinkMigration[];
  readonly currentVersion?: number;
}

/** A BCP 47-ish tag in lower case: `de`, `es-mx`. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;
