/**
 * Shared links (spec §3): answers as query parameters named by the question ids, plus `lang`,
 * the flow version `v` and the embed options. Pure: no React, no browser globals, never throws.
 *
 *   /?id=nie&doc=tie&phone=es&tasks=tax,health&lang=de&v=1
 *
 * - Every value is validated with the domain schemas; a bad one is dropped and named in `rejected`.
 * - A parameter given twice is ambiguous: it is rejected, never guessed.
 * - `tasks` is comma-separated; an empty value means "no tasks" (an answer, not a gap).
 * - Links without `v` are version 1 (the first one). Older versions are migrated step by step
 *   with LINK_MIGRATIONS; what an older version could say but this one cannot is in `dropped`.
 * - Embed parameters (`embed`, `accent`, `bg`, `frame`, `origin`) belong to the embed layer: they
 *   are recognised here (never "unknown") and passed through raw; `src/embed` validates them.
 * - Links never carry an NIE or a support number: the answers type cannot hold one, buildLink
 *   writes only enum values, and `assertNoPersonalData` checks the result anyway.
 */
import {
  MULTI_CHOICE,
  QUESTION_IDS,
  parseAnswerField,
  questionIdSchema,
  type Answers,
  type AnswerValue,
  type QuestionId,
} from '../domain';
import { pagePath, resumePage, type PagePath } from '../flow';

/** The flow version written into every new link. Bump it (and add a migration) when ids or values change. */
export const LINK_VERSION = 1;
/** The version of a link that has no `v`: such links predate versioning, so they are version 1. */
export const UNVERSIONED_LINK_VERSION = 1;
/** Longer queries are not read at all (a link is never that long; something is wrong with it). */
export const MAX_QUERY_LENGTH = 2048;
/** Longer single values are rejected as `too-long` (the longest valid value is about 70 characters). */
export const MAX_VALUE_LENGTH = 256;
/** Names longer than this are shortened when reported, so a notice stays readable. */
const MAX_REPORTED_NAME = 40;
/** The `param` of the single rejection reported when the whole query is too long. */
export const WHOLE_LINK = '*';

/** Languages a link may ask for (spec §5); parseLink accepts another list through its options. */
export const LINK_LANGUAGES = ['en', 'es', 'de', 'ca', 'fr'] as const;

/**
 * Embed parameters, validated by `src/embed/protocol.ts` (parseEmbedOptions). Listed here so a
 * link carrying them is not reported as unknown; tests/share checks this list equals EMBED_PARAMS.
 */
export const LINK_EMBED_PARAMS = ['embed', 'accent', 'bg', 'frame', 'origin'] as const;
export type LinkEmbedParam = (typeof LINK_EMBED_PARAMS)[number];
/** Raw embed parameter values, by name. */
export type LinkEmbedParams = Partial<Record<LinkEmbedParam, string>>;

export type RejectReason = 'unknown' | 'invalid' | 'repeated' | 'too-long';
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

export interface ParsedLink {
  /** The valid answers only, keyed by question id. */
  readonly answers: Answers;
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
  /** Supported languages (default LINK_LANGUAGES). */
  readonly languages?: readonly string[];
  /** For tests of future versions: the migration table and current version to use. */
  readonly migrations?: readonly LinkMigration[];
  readonly currentVersion?: number;
}

const ANSWER_PARAMS: ReadonlySet<string> = new Set(QUESTION_IDS);
const EMBED_PARAMS: ReadonlySet<string> = new Set(LINK_EMBED_PARAMS);

function reportedName(name: string): string {
  return name.length > MAX_REPORTED_NAME ? `${name.slice(0, MAX_REPORTED_NAME)}…` : name;
}

function toQuery(search: string | URLSearchParams): string {
  return typeof search === 'string' ? search : search.toString();
}

/** A parameter as read: its name, its values in order, and where it first appeared. */
interface RawParam {
  name: string;
  values: string[];
}

function readParams(query: string): RawParam[] {
  const byName = new Map<string, RawParam>();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return [];
  }
  for (const [name, value] of params) {
    if (name === '') continue; // `?&&` and `?=x`: nothing to name
    const entry = byName.get(name);
    if (entry) entry.values.push(value);
    else byName.set(name, { name, values: [value] });
  }
  return [...byName.values()];
}

/** A BCP 47-ish tag in lower case: `de`, `es-mx`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/** Normalises a language tag to a supported code: exact, then its base (`es-MX` → `es`). */
export function normaliseLanguage(value: string, languages: readonly string[] = LINK_LANGUAGES): string | undefined {
  const lower = value.trim().toLowerCase();
  if (!LANGUAGE_TAG.test(lower)) return undefined;
  if (languages.includes(lower)) return lower;
  const base = lower.split('-')[0] ?? '';
  return languages.includes(base) ? base : undefined;
}

/** Parses one answer value as written in a link (`tasks` comma-separated). */
export function parseAnswerParam<Q extends QuestionId>(id: Q, raw: string): AnswerValue<Q> | undefined {
  const value = raw.trim().toLowerCase();
  if (MULTI_CHOICE.has(id)) {
    const items = value === '' ? [] : value.split(',').map((item) => item.trim());
    return parseAnswerField(id, items);
  }
  return parseAnswerField(id, value);
}

function parseVersion(raw: RawParam | undefined, migrations: readonly LinkMigration[], current: number) {
  if (raw === undefined) return { version: UNVERSIONED_LINK_VERSION };
  if (raw.values.length > 1) return { version: current, rejected: { param: 'v', reason: 'repeated' } as const };
  const value = raw.values[0]?.trim() ?? '';
  const oldest = Math.min(UNVERSIONED_LINK_VERSION, ...migrations.map((m) => m.from));
  const version = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
  if (version >= oldest && version <= current) return { version };
  return { version: current, rejected: { param: 'v', reason: 'invalid' } as const };
}

/** Applies the migrations from `version` up to `current` to the single-valued raw parameters. */
function migrate(
  params: Map<string, string>,
  version: number,
  current: number,
  migrations: readonly LinkMigration[],
): { params: Map<string, string>; dropped: DroppedAnswer[]; collided: string[] } {
  const dropped: DroppedAnswer[] = [];
  const collided: string[] = [];
  let now = params;
  for (let from = version; from < current; from++) {
    const step = migrations.find((m) => m.from === from);
    if (step === undefined) continue; // a version bump that changed nothing in links
    const next = new Map<string, string>();
    for (const [oldName, oldValue] of now) {
      if (step.dropParams?.includes(oldName)) {
        dropped.push({ param: oldName, fromVersion: from });
        continue;
      }
      const name = step.renameParams?.[oldName] ?? oldName;
      const renames = step.renameValues?.[name];
      let value: string | null = oldValue;
      if (renames !== undefined) {
        if (MULTI_CHOICE.has(name as QuestionId)) {
          const items = oldValue === '' ? [] : oldValue.split(',');
          const kept: string[] = [];
          for (const item of items) {
            const mapped = Object.hasOwn(renames, item) ? renames[item] : item;
            if (mapped === null || mapped === undefined) dropped.push({ param: name, value: item, fromVersion: from });
            else kept.push(mapped);
          }
          value = kept.join(',');
        } else if (Object.hasOwn(renames, oldValue)) {
          value = renames[oldValue] ?? null;
          if (value === null) dropped.push({ param: name, value: oldValue, fromVersion: from });
        }
      }
      if (value === null) continue;
      if (next.has(name)) {
        // An old and a new name for the same question: as ambiguous as a repeated parameter.
        next.delete(name);
        collided.push(name);
        continue;
      }
      if (!collided.includes(name)) next.set(name, value);
    }
    now = next;
  }
  return { params: now, dropped, collided };
}

const EMPTY_RESULT = { answers: {}, embed: {}, dropped: [] } as const;

/**
 * Reads a link's query (`location.search`, with or without `?`, or URLSearchParams).
 * Never throws: whatever it cannot use is named in `rejected` or `dropped`.
 */
export function parseLink(search: string | URLSearchParams, options: ParseLinkOptions = {}): ParsedLink {
  const languages = options.languages ?? LINK_LANGUAGES;
  const migrations = options.migrations ?? LINK_MIGRATIONS;
  const current = options.currentVersion ?? LINK_VERSION;
  const query = toQuery(search);

  const raw = readParams(query);
  // Known old names count as ours too, so an old link is recognised before migration.
  const oldNames = new Set(migrations.flatMap((m) => [...Object.keys(m.renameParams ?? {}), ...(m.dropParams ?? [])]));
  const isAnswerName = (name: string) => ANSWER_PARAMS.has(name) || oldNames.has(name);
  const carriesAnswers = raw.some((p) => isAnswerName(p.name));
  const isOurs = carriesAnswers || raw.some((p) => p.name === 'lang' || p.name === 'v');

  if (query.length > MAX_QUERY_LENGTH) {
    // None of its values is used, but its names still say whether it is a link with answers:
    // such a link starts a fresh set of answers even when it cannot be read (applyLink).
    return {
      ...EMPTY_RESULT,
      carriesAnswers,
      isOurs,
      rejected: isOurs ? [{ param: WHOLE_LINK, reason: 'too-long' }] : [],
      version: current,
    };
  }

  const rejected: RejectedParam[] = [];
  // Reported in the order the parameters appear in the link (a renamed one where its old name was).
  const position = new Map(raw.map((p, i) => [p.name, i]));
  const positions: number[] = [];
  const reject = (param: string, reason: RejectReason) => {
    const at = position.get(param) ?? raw.length;
    const index = positions.filter((p) => p <= at).length;
    positions.splice(index, 0, at);
    rejected.splice(index, 0, { param: reportedName(param), reason });
  };

  const versionParam = raw.find((p) => p.name === 'v');
  const { version, rejected: versionRejected } = parseVersion(versionParam, migrations, current);

  const single = new Map<string, string>();
  for (const p of raw) {
    if (p.name === 'v') {
      if (versionRejected) reject('v', versionRejected.reason);
      continue;
    }
    if (p.values.length > 1) reject(p.name, 'repeated');
    else single.set(p.name, p.values[0] ?? '');
  }

  const migrated =
    version < current
      ? migrate(single, version, current, migrations)
      : { params: single, dropped: [], collided: [] };
  for (const name of migrated.collided) reject(name, 'repeated');

  const answers: Answers = {};
  const embed: LinkEmbedParams = {};
  let lang: string | undefined;
  for (const [name, value] of migrated.params) {
    const question = questionIdSchema.safeParse(name);
    const tooLong = value.length > MAX_VALUE_LENGTH;
    if (question.success) {
      if (tooLong) reject(name, 'too-long');
      else {
        const parsed = parseAnswerParam(question.data, value);
        if (parsed === undefined) reject(name, 'invalid');
        else Object.assign(answers, { [question.data]: parsed });
      }
    } else if (name === 'lang') {
      const normalised = tooLong ? undefined : normaliseLanguage(value, languages);
      if (normalised === undefined) reject(name, tooLong ? 'too-long' : 'invalid');
      else lang = normalised;
    } else if (EMBED_PARAMS.has(name)) {
      if (tooLong) reject(name, 'too-long');
      else embed[name as LinkEmbedParam] = value;
    } else {
      reject(name, 'unknown');
    }
  }

  return {
    answers,
    carriesAnswers,
    isOurs,
    ...(lang === undefined ? {} : { lang }),
    embed,
    rejected,
    version: current,
    ...(version < current ? { migratedFrom: version } : {}),
    dropped: migrated.dropped,
  };
}

/** True when the query names any question: opening it starts a fresh set of answers. */
export function hasAnswerParams(search: string | URLSearchParams): boolean {
  return parseLink(search).carriesAnswers;
}

/** Characters that may stay unescaped in a query value and keep links readable (RFC 3986). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
}

/** Embed values must look like what parseEmbedOptions accepts: ids, hex colours, origins. */
const SAFE_EMBED_VALUE = /^[A-Za-z0-9_.:/#-]{1,256}$/;

export interface BuildLinkOptions {
  readonly lang?: string;
  /** Embed parameters, e.g. from `embedOptionsToParams` in src/embed. */
  readonly embed?: LinkEmbedParams;
}

/** Thrown if a link would ever carry something that looks like an identity or support number. */
export class PersonalDataInLinkError extends Error {
  constructor(param: string) {
    super(`A link must never carry an identity or support number (parameter "${param}")`);
    this.name = 'PersonalDataInLinkError';
  }
}

/** NIE (X/Y/Z + 7 digits + letter), DNI (8 digits + letter), support numbers (E/C + 8 digits). */
const PERSONAL_NUMBER = /[XYZ]-?\d{7}-?[A-Z]|\d{8}-?[A-Z]|[EC]\d{8}/i;
const KNOWN_PARAMS: ReadonlySet<string> = new Set([...QUESTION_IDS, 'lang', 'v', ...LINK_EMBED_PARAMS]);

/**
 * Tripwire: every parameter must be one of ours and no value may look like an NIE, DNI or
 * support number. Unreachable through buildLink (it writes enum values only); kept as a check.
 */
export function assertNoPersonalData(link: string): void {
  const query = link.includes('?') ? link.slice(link.indexOf('?') + 1).split('#')[0] ?? '' : link;
  for (const [name, value] of new URLSearchParams(query)) {
    if (!KNOWN_PARAMS.has(name)) throw new PersonalDataInLinkError(name);
    if (PERSONAL_NUMBER.test(value) && name !== 'origin') throw new PersonalDataInLinkError(name);
  }
}

/**
 * Builds a link to `base` (an origin or URL; its path is kept, its query and hash replaced)
 * carrying the answers in question order, `tasks` comma-joined, then `lang`, the embed
 * parameters and `v`. Only valid answers are written; the caller decides which (the share
 * button passes the on-path answers).
 */
export function buildLink(base: string | URL, answers: Answers, options: BuildLinkOptions = {}): string {
  const parts: string[] = [];
  for (const id of QUESTION_IDS) {
    const value = parseAnswerField(id, answers[id]);
    if (value === undefined) continue;
    parts.push(`${id}=${encodeValue(Array.isArray(value) ? value.join(',') : value)}`);
  }
  const lang = options.lang?.trim().toLowerCase();
  if (lang !== undefined && LANGUAGE_TAG.test(lang)) parts.push(`lang=${lang}`);
  for (const name of LINK_EMBED_PARAMS) {
    const value = options.embed?.[name];
    if (value === undefined || !SAFE_EMBED_VALUE.test(value)) continue;
    if (name !== 'origin' && PERSONAL_NUMBER.test(value)) continue; // e.g. an NIE typed as a frame id
    parts.push(`${name}=${encodeValue(value)}`);
  }
  parts.push(`v=${LINK_VERSION}`);

  const url = new URL(base);
  url.search = '';
  url.hash = '';
  const link = `${url.href}?${parts.join('&')}`;
  assertNoPersonalData(link);
  return link;
}

/** Parameter names a link applies once and that should not stay in the address bar. */
function appliedNames(migrations: readonly LinkMigration[]): ReadonlySet<string> {
  return new Set([
    ...QUESTION_IDS,
    'lang',
    'v',
    ...migrations.flatMap((m) => [...Object.keys(m.renameParams ?? {}), ...(m.dropParams ?? [])]),
  ]);
}

/**
 * What the address bar should show once a link is applied: the same path and hash, without the
 * answers, `lang` and `v`. Embed parameters stay (they are state of an embedded frame, read again
 * on reload) and so do parameters that are not ours. Accepts an absolute or a relative URL and
 * returns a relative one (`/q/doc?embed=1`), ready for history.replaceState or navigate().
 */
export function stripAppliedParams(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://relative.invalid');
  } catch {
    return '/';
  }
  const remove = appliedNames(LINK_MIGRATIONS);
  const kept = new URLSearchParams();
  for (const [name, value] of parsed.searchParams) {
    if (!remove.has(name)) kept.append(name, value);
  }
  const search = kept.toString();
  // `//host` would read as another origin: collapse leading slashes.
  const path = parsed.pathname.replace(/^\/+/, '/');
  return `${path}${search === '' ? '' : `?${search}`}${parsed.hash}`;
}

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
