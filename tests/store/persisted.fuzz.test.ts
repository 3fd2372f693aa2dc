/**
 * Fuzzing the storage edge: arbitrary stored states (corrupted JSON, wrong types, old, unknown and
 * future versions, huge values, prototype keys) hydrate a store. It never throws, holds only valid
 * state, keeps every valid part it was given, pollutes no prototype, and writes back the current version.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { answersSchema, checklistItemIds, QUESTION_IDS, type Answers, type ChecklistItemId } from '../../src/domain';
import { createWizardStore, STORAGE_KEY, STORE_VERSION, type WizardStoreApi } from '../../src/store';
import { check, expectNoPrototypePollution, fuzz, hostileValue, PROTOTYPE_KEYS, validAnswers } from '../support/fuzz';

/** One browser's storage, holding exactly `raw` under the store's key. */
function storageWith(raw: string | null): StateStorage & { read: () => string | null } {
  const items = new Map<string, string>();
  if (raw !== null) items.set(STORAGE_KEY, raw);
  return {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => {
      items.set(name, value);
    },
    removeItem: (name) => {
      items.delete(name);
    },
    read: () => items.get(STORAGE_KEY) ?? null,
  };
}

const ITEMS = checklistItemIds.options;

/** The valid parts a stored state may hold. */
interface Core {
  answers: Answers;
  ticks: ChecklistItemId[];
  language: string | undefined;
  session: string | undefined;
}

const coreArb: fc.Arbitrary<Core> = fc.record({
  answers: validAnswers,
  ticks: fc.shuffledSubarray([...ITEMS]),
  language: fc.option(fc.constantFrom('en', 'es', 'de', 'fr', 'ca', 'pt-br'), { nil: undefined }),
  session: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), { nil: undefined }),
});

/** Anything that is not a valid value of any question: wrong types, near misses, huge strings. */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileValue },
  { weight: 4, arbitrary: fc.constantFrom('NIE', ' nie', 'passport', 'yes,no', '', null, 0, true, [], {}, ['tax', 'tax'], ['alien']) },
  // Huge values, cheaply made (repeating a character costs nothing to generate), now and then.
  { weight: 1, arbitrary: fc.integer({ min: 5_000, max: 100_000 }).map((n) => 'é'.repeat(n)) },
);

/** A version of any kind: known, negative, zero, future, fractional, not a number, missing. */
const versionArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, 1, 2, STORE_VERSION + 1, -1, Number.MAX_SAFE_INTEGER, -0.5, 2.5, undefined),
  fc.integer(),
  fc.string({ maxLength: 5 }),
  hostileValue,
);

/** A stored state holding `core` among garbage, in the current shape or in the v0/v1 shapes. */
const noisyStateArb = fc
  .tuple(
    coreArb,
    fc.dictionary(fc.oneof(fc.constantFrom(...QUESTION_IDS, ...PROTOTYPE_KEYS), fc.string({ maxLength: 8 })), badValue, { maxKeys: 6 }),
    fc.array(badValue, { maxLength: 4 }),
    fc.constantFrom('v2', 'v1', 'v0'),
    versionArb,
    fc.dictionary(fc.constantFrom(...PROTOTYPE_KEYS, 'extra', 'state'), hostileValue, { maxKeys: 3 }),
  )
  .map(([core, junk, junkTicks, shape, version, outerJunk]) => {
    // Garbage only where the core has no answer, so the core's answers must all survive.
    const garbage = Object.fromEntries(Object.entries(junk).filter(([key]) => !(key in core.answers)));
    const answers = { ...garbage, ...core.answers };
    const ticks = [...junkTicks, ...core.ticks];
    const extras = { ...(core.language === undefined ? {} : { language: core.language }), ...(core.session === undefined ? {} : { session: core.session }) };
    const state =
      shape === 'v0'
        ? { ...answers, ...(Array.isArray(core.answers.tasks) ? { tasks: core.answers.tasks.join(', ') } : {}), ...extras }
        : shape === 'v1'
          ? { answers, checked: Object.fromEntries(core.ticks.map((t) => [t, true])), ...extras }
          : { answers, ticks, ...extras };
    const stored = version === undefined ? { ...outerJunk, state } : { ...outerJunk, state, version };
    return { core, shape, raw: JSON.stringify(stored) };
  });

/** Text that is not a stored state at all: broken JSON, other JSON, deep nesting, prototype payloads. */
const rawTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  // JSON.stringify gives undefined (despite its type) for undefined, functions and symbols.
  hostileValue.map((value) => (JSON.stringify(value) as string | undefined) ?? 'undefined'),
  noisyStateArb.chain(({ raw }) => fc.nat({ max: raw.length }).map((cut) => raw.slice(0, cut))),
  fc.constantFrom(
    '{"state":{"answers":{"__proto__":{"polluted":true},"id":"nie"},"ticks":[]},"version":2}',
    '{"__proto__":{"polluted":true},"state":{"__proto__":{"answers":{"id":"nie"}}},"version":2}',
    '{"state":{"constructor":{"prototype":{"polluted":true}}},"version":0}',
    '{"state":{"answers":{"tasks":"__proto__,constructor,tax"}},"version":0}',
    `${'['.repeat(3000)}${']'.repeat(3000)}`,
    '{"state":{"answers":{"id":"nie"}},"version":1e999}',
    'null',
    '"clave"',
    '',
  ),
);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function expectValid(store: WizardStoreApi): void {
  const { answers, ticks, language, session } = store.getState();
  check(answersSchema.safeParse(answers).success, `invalid answers ${JSON.stringify(answers)}`);
  check(Object.getPrototypeOf(answers) === Object.prototype, 'answers with another prototype');
  check(ticks.every((tick) => ITEMS.includes(tick)) && new Set(ticks).size === ticks.length, `invalid ticks ${JSON.stringify(ticks)}`);
  check(language === undefined || /^[a-z]{2}(?:-[a-z]{2})?$/.test(language), `invalid language ${String(language)}`);
  check(session === undefined || /^[A-Za-z0-9_-]{1,64}$/.test(session), `invalid session ${String(session)}`);
}

/** After a change the store writes back a valid state at the current version. */
function expectWrittenBack(store: WizardStoreApi, storage: { read: () => string | null }): void {
  store.getState().setLanguage('en');
  const saved = JSON.parse(storage.read() ?? 'null') as { version: unknown; state: { answers: unknown } };
  check(saved.version === STORE_VERSION, `written back at version ${String(saved.version)}`);
  check(answersSchema.safeParse(saved.state.answers).success, 'invalid answers written back');
}

describe('fuzzing the storage edge', () => {
  it('a state with valid parts among garbage, in any shape and under any version, keeps every valid part', () => {
    const runs = fuzz('stored states holding valid parts', noisyStateArb, ({ core, shape, raw }) => {
      const storage = storageWith(raw);
      const store = createWizardStore({ storage });
      expectValid(store);
      const { answers, ticks, language, session } = store.getState();
      for (const [id, value] of Object.entries(core.answers)) check(same(answers[id as keyof Answers], value), `lost answer ${id}`);
      // Ticks keep their order; v1 kept them as an object, so only their set is certain there; v0 had none.
      if (shape === 'v1') check(same([...ticks].sort(), [...core.ticks].sort()), 'lost ticks');
      else if (shape === 'v2') check(same(ticks.filter((t) => core.ticks.includes(t)), core.ticks), 'lost ticks');
      check(language === core.language, `lost language ${String(core.language)}`);
      check(session === core.session, `lost session ${String(core.session)}`);
      expectWrittenBack(store, storage);
      expectNoPrototypePollution();
    });
    expect(runs).toBeGreaterThanOrEqual(10_000);
  });

  it('anything else in storage (broken JSON, other values, prototype payloads) recovers to a valid state', () => {
    const runs = fuzz('stored text of any kind', rawTextArb, (raw) => {
      const storage = storageWith(raw);
      const store = createWizardStore({ storage });
      expectValid(store);
      expectWrittenBack(store, storage);
      expectNoPrototypePollution();
    });
    expect(runs).toBeGreaterThanOrEqual(10_000);
  });
});
