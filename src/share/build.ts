/**
 * Writing a link. Links never carry an NIE or a support number: the answers type cannot hold
 * one, buildLink writes only enum values, and `assertNoPersonalData` checks the result anyway.
 */
import { FIX_QUESTION_IDS, QUESTION_IDS, parseAnswerField, parseFixAnswerField, type Answers, type FixAnswers } from '../domain';
import { LANGUAGE_TAG, LINK_EMBED_PARAMS, LINK_VERSION, type LinkEmbedParams } from './names';

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
const KNOWN_PARAMS: ReadonlySet<string> = new Set([...QUESTION_IDS, ...FIX_QUESTION_IDS, 'lang', 'v', ...LINK_EMBED_PARAMS]);

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
  return withOptions(base, parts, options);
}

/**
 * Builds a link to the fix path of the wizard at `base` (an origin): `/fix` with the fix answers
 * in question order, then `lang`, the embed parameters and `v`. Only valid answers are written.
 */
export function buildFixLink(base: string | URL, answers: FixAnswers, options: BuildLinkOptions = {}): string {
  const parts: string[] = [];
  for (const id of FIX_QUESTION_IDS) {
    const value = parseFixAnswerField(id, answers[id]);
    if (value !== undefined) parts.push(`${id}=${encodeValue(value)}`);
  }
  return withOptions(new URL('/fix', base), parts, options);
}

/** Adds `lang`, the embed parameters and `v` to the answers' parameters, and checks the result. */
function withOptions(base: string | URL, answerParts: readonly string[], options: BuildLinkOptions): string {
  const parts = [...answerParts];
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
