/**
 * What the store keeps in localStorage, its versions and the migrations between them.
 * Validated at the storage edge: a bad field is dropped, never the whole state
 * (resetting everything on one bad value is the failure to avoid).
 *
 * Versions:
 * - v0 — the answers at the top level, `tasks` a comma-separated string, no ticks, no language.
 * - v1 — `{ answers, checked }`: ticks as an object `{ [itemId]: true }`.
 * - v2 — `{ answers, ticks, language }`: ticks an ordered array of checklist item ids (current).
 */
import * as z from 'zod/mini';
import { checklistItemIds, QUESTION_IDS, salvageAnswers, type Answers, type ChecklistItemId } from '../domain';

export const STORAGE_KEY = 'clave-wizard';
export const STORE_VERSION = 2;

/** The persisted part of the store (current version). */
export interface PersistedState {
  answers: Answers;
  ticks: ChecklistItemId[];
  language?: string;
}

const languageSchema = z.string().check(z.regex(/^[a-z]{2}(?:-[a-z]{2})?$/));

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
  const language = languageSchema.safeParse(input.language);
  if (language.success) state.language = language.data;
  else if (input.language !== undefined) rejected.push('language');
  if (input.ticks !== undefined && (!Array.isArray(input.ticks) || ticks.length !== input.ticks.length)) {
    rejected.push('ticks');
  }
  return { state, rejected: rejected.map((key) => (key === 'language' || key === 'ticks' ? key : `answers.${key}`)) };
}

/** v0 → v1: answers move under `answers`; a comma-separated `tasks` string becomes an array. */
function fromV0(state: Record<string, unknown>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const id of QUESTION_IDS) {
    if (!(id in state)) continue;
    const value = state[id];
    if (id === 'tasks' && typeof value === 'string') {
      answers.tasks = value
        .split(',')
        .map((task) => task.trim())
        .filter((task) => task !== '');
    } else answers[id] = value;
  }
  return { answers, checked: {} };
}

/** v1 → v2: the `checked` object becomes the `ticks` array (true values only, in key order). */
function fromV1(state: Record<string, unknown>): Record<string, unknown> {
  const checked = isRecord(state.checked) ? state.checked : {};
  const ticks = Object.entries(checked)
    .filter(([, on]) => on === true)
    .map(([id]) => id);
  return { answers: state.answers, ticks };
}

/**
 * zustand persist's `migrate`: upgrades a state of any older version step by step. The result
 * is not trusted yet: `sanitizePersisted` (in the store's `merge`) validates it field by field.
 */
export function migratePersisted(persisted: unknown, version: number): PersistedState {
  let state: Record<string, unknown> = isRecord(persisted) ? persisted : {};
  if (version <= 0) state = fromV0(state);
  if (version <= 1) state = fromV1(state);
  // A newer version than this code knows (a rollback): keep whatever still validates.
  return sanitizePersisted(state).state;
}
