/**
 * What the store keeps in localStorage, its versions and the migrations between them.
 * Validated at the storage edge: a bad field is dropped, never the whole state
 * (resetting everything on one bad value is the failure to avoid).
 *
 * Versions:
 * - v0 — the answers at the top level, `tasks` a comma-separated string, no ticks, no language.
 * - v1 — `{ answers, checked }`: ticks as an object `{ [itemId]: true }`.
 * - v2 — `{ answers, ticks, language, session?, fix? }`: ticks an ordered array of checklist item ids
 *   (current). `session` and `fix` were added later without a version bump (older code ignores
 *   them): the id of the set of answers, new on every clear and every link with answers (see
 *   wizard-store.ts), and the answers of the fix path.
 *
 * Each shape is recognised by its fields, not only by the version number: a state whose version
 * this code does not know (negative, zero for a v2 shape, from the future, not a number) keeps
 * every field that still validates, exactly like a corrupted one.
 */
import * as z from 'zod/mini';
import {
  checklistItemIds,
  QUESTION_IDS,
  salvageAnswers,
  salvageFixAnswers,
  type Answers,
  type ChecklistItemId,
  type FixAnswers,
} from '../domain';

export const STORAGE_KEY = 'clave-wizard';
export const STORE_VERSION = 2;

/** The persisted part of the store (current version). */
export interface PersistedState {
  answers: Answers;
  fix?: FixAnswers;
  ticks: ChecklistItemId[];
  language?: string;
  session?: string;
}

const languageSchema = z.string().check(z.regex(/^[a-z]{2}(?:-[a-z]{2})?$/));
/** A session id as newSessionId writes it (or any short, plain id an older or newer build wrote). */
export const sessionSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the valid, unique checklist ids in their order; drops the rest. */
export function salvageTicks(input: unknown): ChecklistItemId[] {
  if (!Array.isArray(input)) return [];
  const kept: ChecklistItemId[] = [];
  for (const item of input) {
    const parsed = checklistItemIds.safeParse(item);
    if (parsed.success && !kept.includes(parsed.data)) kept.push(parsed.data);
  }
  return kept;
}

/**
 * Turns anything read from storage into a valid current state: keeps every valid field,
 * drops every invalid one. Never throws. `rejected` names what was dropped (for a log line).
 */
export function sanitizePersisted(input: unknown): { state: PersistedState; rejected: string[] } {
  if (!isRecord(input)) return { state: { answers: {}, ticks: [] }, rejected: input == null ? [] : ['(state)'] };
  const { answers, rejected } = salvageAnswers(input.answers ?? {});
  const ticks = salvageTicks(input.ticks);
  const state: PersistedState = { answers, ticks };
  if (input.fix !== undefined) {
    const fix = salvageFixAnswers(input.fix);
    if (Object.keys(fix.answers).length > 0) state.fix = fix.answers;
    rejected.push(...fix.rejected.map((key) => `fix.${key}`));
  }
  const language = languageSchema.safeParse(input.language);
  if (language.success) state.language = language.data;
  else if (input.language !== undefined) rejected.push('language');
  const session = sessionSchema.safeParse(input.session);
  if (session.success) state.session = session.data;
  else if (input.session !== undefined) rejected.push('session');
  if (input.ticks !== undefined && (!Array.isArray(input.ticks) || ticks.length !== input.ticks.length)) {
    rejected.push('ticks');
  }
  const ownFields = new Set(['language', 'ticks', 'session']);
  return {
    state,
    rejected: rejected.map((key) => (ownFields.has(key) || key.startsWith('fix.') ? key : `answers.${key}`)),
  };
}

/** v0 kept `tasks` as a comma-separated string; later versions keep an array. */
function tasksArray(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(',')
    .map((task) => task.trim())
    .filter((task) => task !== '');
}

/** The answers of any known shape: under `answers` (v1, v2), else at the top level (v0). */
function answersOf(state: Record<string, unknown>): Record<string, unknown> {
  const source = isRecord(state.answers) ? state.answers : state;
  const answers: Record<string, unknown> = {};
  for (const id of QUESTION_IDS) {
    if (!Object.hasOwn(source, id)) continue;
    answers[id] = id === 'tasks' ? tasksArray(source[id]) : source[id];
  }
  return answers;
}

/** The ticks of any known shape: the `ticks` array (v2), else the `checked` object's true keys (v1). */
function ticksOf(state: Record<string, unknown>): unknown {
  if (state.ticks !== undefined || !isRecord(state.checked)) return state.ticks;
  return Object.entries(state.checked)
    .filter(([, on]) => on === true)
    .map(([id]) => id);
}

/**
 * zustand persist's `migrate`, and the store's `merge`: turns a stored state of any version into
 * the current one. Every known shape is read by its fields (v0's top-level answers and its `tasks`
 * string, v1's `checked` object, v2), whatever version number came with it, so an unknown or
 * wrong version costs nothing that still validates. `sanitizePersisted` then keeps every valid
 * field and drops the rest. Never throws.
 */
export function migratePersisted(persisted: unknown): PersistedState {
  if (!isRecord(persisted)) return sanitizePersisted(persisted).state;
  return sanitizePersisted({
    answers: answersOf(persisted),
    ticks: ticksOf(persisted),
    language: persisted.language,
    session: persisted.session,
    fix: persisted.fix,
  }).state;
}
