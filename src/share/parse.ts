/**
 * Reading a link (pure, never throws): every value is validated with the domain schemas and a
 * bad one is dropped and named; a parameter given twice is ambiguous and rejected, never
 * guessed; `tasks` is comma-separated and an empty value means "no tasks" (an answer, not a gap).
 */
import {
  MULTI_CHOICE,
  QUESTION_IDS,
  parseAnswerField,
  questionIdSchema,
  type AnswerValue,
  FIX_QUESTION_IDS,
  fixQuestionIdSchema,
  parseFixAnswerField,
  type Answers,
  type FixAnswers,
  type QuestionId,
} from '../domain';
import {
  LANGUAGE_TAG,
  LINK_EMBED_PARAMS,
  LINK_LANGUAGES,
  LINK_MIGRATIONS,
  LINK_VERSION,
  MAX_QUERY_LENGTH,
  MAX_REPORTED_NAME,
  MAX_VALUE_LENGTH,
  UNVERSIONED_LINK_VERSION,
  WHOLE_LINK,
  type DroppedAnswer,
  type LinkEmbedParam,
  type LinkEmbedParams,
  type LinkMigration,
  type ParsedLink,
  type ParseLinkOptions,
  type LinkPath,
  type RejectedParam,
  type RejectReason,
} from './names';

const ANSWER_PARAMS: ReadonlySet<string> = new Set(QUESTION_IDS);
const FIX_PARAMS: ReadonlySet<string> = new Set(FIX_QUESTION_IDS);
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

const EMPTY_RESULT = { answers: {}, fix: {}, embed: {}, dropped: [] } as const;

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
  const isAnswerName = (name: string) => ANSWER_PARAMS.has(name) || FIX_PARAMS.has(name) || oldNames.has(name);
  const carriesAnswers = raw.some((p) => isAnswerName(p.name));
  // The path the link names wins: `problem`, or a /fix page, makes it a fix link.
  const path: LinkPath =
    raw.some((p) => p.name === 'problem') || /^\/fix(\/|$)/.test(options.pathname ?? '/') ? 'fix' : 'main';
  const isOurs = carriesAnswers || raw.some((p) => p.name === 'lang' || p.name === 'v');

  if (query.length > MAX_QUERY_LENGTH) {
    // None of its values is used, but its names still say whether it is a link with answers:
    // such a link starts a fresh set of answers even when it cannot be read (applyLink).
    return {
      ...EMPTY_RESULT,
      path,
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
  const fix: FixAnswers = {};
  const embed: LinkEmbedParams = {};
  let lang: string | undefined;
  for (const [name, value] of migrated.params) {
    const question = questionIdSchema.safeParse(name);
    const fixQuestion = fixQuestionIdSchema.safeParse(name);
    const tooLong = value.length > MAX_VALUE_LENGTH;
    if (path === 'fix' && fixQuestion.success) {
      if (tooLong) reject(name, 'too-long');
      else {
        const parsed = parseFixAnswerField(fixQuestion.data, value.trim().toLowerCase());
        if (parsed === undefined) reject(name, 'invalid');
        else Object.assign(fix, { [fixQuestion.data]: parsed });
      }
    } else if (question.success !== (path === 'main') && (question.success || fixQuestion.success)) {
      reject(name, 'other-path');
    } else if (question.success) {
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
    path,
    answers,
    fix,
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
