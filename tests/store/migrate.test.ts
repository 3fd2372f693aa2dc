import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/domain';
import { createSafeStorage, createWizardStore, migratePersisted, sanitizePersisted, STORAGE_KEY, STORE_VERSION } from '../../src/store';

import v0 from '../fixtures/persisted/v0.json';
import v1 from '../fixtures/persisted/v1.json';

const FIXTURES: Record<string, unknown> = { 'v0.json': v0, 'v1.json': v1 };

/** The fixture as it sits in localStorage: a JSON string. */
function fixture(name: string): string {
  return JSON.stringify(FIXTURES[name]);
}

function storeFrom(raw: string) {
  localStorage.setItem(STORAGE_KEY, raw);
  return createWizardStore({ storage: createSafeStorage(() => localStorage) });
}

describe('persisted state migrations', () => {
  it('the current version is 2', () => {
    expect(STORE_VERSION).toBe(2);
  });

  it('v0 (answers at the top level, tasks as a comma-separated string) migrates', () => {
    const store = storeFrom(fixture('v0.json'));
    const { answers, ticks } = store.getState();
    expect(answers).toEqual({
      id: 'nie',
      doc: 'tie',
      phone: 'foreign',
      app: 'yes',
      cert: 'no',
      work: 'employee',
      tasks: ['tax', 'health', 'notifications'],
      use: 'occasional',
      visit: 'yes',
      fiscal: 'unsure',
      island: 'mallorca',
    });
    expect(answersSchema.safeParse(answers).success).toBe(true);
    expect(ticks).toEqual([]);
  });

  it('v1 (ticks as an object) migrates; its invalid field is dropped, not the whole state', () => {
    const store = storeFrom(fixture('v1.json'));
    const { answers, ticks } = store.getState();
    expect(answers.island).toBeUndefined();
    expect(answers).toMatchObject({ id: 'nie', doc: 'eu-cert', work: 'autonomo', tasks: ['tax', 'social-security', 'sign'] });
    expect(Object.keys(answers)).toHaveLength(11);
    expect(ticks).toEqual(['book-appointment', 'fnmt-request-code']);
  });

  it('a migrated state is written back at the current version on the next change', () => {
    const store = storeFrom(fixture('v0.json'));
    store.getState().toggleTick('book-appointment');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { version: number; state: unknown };
    expect(saved.version).toBe(STORE_VERSION);
    expect(saved.state).toMatchObject({ answers: { tasks: ['tax', 'health', 'notifications'] }, ticks: ['book-appointment'] });
  });

  it('migratePersisted copes with garbage', () => {
    expect(migratePersisted(null)).toEqual({ answers: {}, ticks: [] });
    expect(migratePersisted('nope')).toEqual({ answers: {}, ticks: [] });
    expect(migratePersisted([{ id: 'nie' }])).toEqual({ answers: {}, ticks: [] });
    expect(migratePersisted({ answers: { id: 'nie' }, ticks: ['book-appointment'] })).toEqual({
      answers: { id: 'nie' },
      ticks: ['book-appointment'],
    });
  });
});

describe('a stored state whose version this code does not know', () => {
  const CURRENT_SHAPE = {
    answers: { id: 'nie', doc: 'tie', phone: 'es', tasks: ['tax', 'health'], island: 'atlantis' },
    ticks: ['book-appointment', 'not-an-item'],
    language: 'de',
    session: 'abc123',
  };
  const KEPT = { id: 'nie', doc: 'tie', phone: 'es', tasks: ['tax', 'health'] };

  it.each([-1, 0, 3, 99, 2.5, Number.MAX_SAFE_INTEGER, -0.5])('version %s keeps every answer that is still valid', (version) => {
    const store = storeFrom(JSON.stringify({ state: CURRENT_SHAPE, version }));
    expect(store.getState()).toMatchObject({ answers: KEPT, ticks: ['book-appointment'], language: 'de', session: 'abc123' });
  });

  it.each(['2', null, true, { v: 2 }, [2]])('a version that is not a number (%j) keeps them too', (version) => {
    const store = storeFrom(JSON.stringify({ state: CURRENT_SHAPE, version }));
    expect(store.getState()).toMatchObject({ answers: KEPT, ticks: ['book-appointment'] });
  });

  it('a missing version keeps them too', () => {
    const store = storeFrom(JSON.stringify({ state: CURRENT_SHAPE }));
    expect(store.getState().answers).toEqual(KEPT);
  });

  it('an old shape under a wrong version is still read by its fields (v0 answers at the top level, v1 ticks)', () => {
    const v0 = storeFrom(JSON.stringify({ state: { id: 'dni', tasks: 'tax, sign', phone: 'es' }, version: 7 }));
    expect(v0.getState().answers).toEqual({ id: 'dni', tasks: ['tax', 'sign'], phone: 'es' });
    localStorage.clear();
    const v1 = storeFrom(JSON.stringify({ state: { answers: { id: 'nie' }, checked: { 'book-appointment': true } }, version: -3 }));
    expect(v1.getState()).toMatchObject({ answers: { id: 'nie' }, ticks: ['book-appointment'] });
  });

  it('is written back at the current version on the next change', () => {
    const store = storeFrom(JSON.stringify({ state: CURRENT_SHAPE, version: -1 }));
    store.getState().toggleTick('bring-passport');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { version: number; state: { answers: unknown } };
    expect(saved.version).toBe(STORE_VERSION);
    expect(saved.state.answers).toEqual(KEPT);
  });
});

describe('validation at the storage edge (current version)', () => {
  it('drops invalid fields and keeps the valid ones', () => {
    const store = storeFrom(
      JSON.stringify({
        state: {
          answers: { id: 'nie', doc: 'passport', phone: 'es', tasks: ['tax', 'tax'], shoeSize: 42 },
          ticks: ['book-appointment', 'not-an-item', 'book-appointment', 7],
          language: 'de',
        },
        version: STORE_VERSION,
      }),
    );
    const { answers, ticks, language } = store.getState();
    expect(answers).toEqual({ id: 'nie', phone: 'es' });
    expect(ticks).toEqual(['book-appointment']);
    expect(language).toBe('de');
  });

  it('names what it dropped', () => {
    const { rejected } = sanitizePersisted({ answers: { id: 'alien', island: 'ibiza' }, ticks: 'x', language: 42 });
    expect(rejected).toEqual(expect.arrayContaining(['answers.id', 'ticks', 'language']));
  });

  it('reads corrupt JSON as "nothing stored" without throwing', () => {
    const store = storeFrom('{not json');
    expect(store.getState().answers).toEqual({});
  });
});

describe('a stored state saved before rules v3', () => {
  // Complete under v2 (a DNI holder with the app and no mobile got app-video without being asked
  // about a visit); v3 asks `visit` and `computer` of them, since app video needs a phone.
  it('still loads, and the wizard asks the newly needed question instead of showing a plan', async () => {
    const { default: before } = await import('../fixtures/persisted/v2-before-rules-v3.json');
    const store = storeFrom(JSON.stringify(before));
    const { answers, ticks } = store.getState();
    expect(answers).toEqual(before.state.answers);
    expect(ticks).toEqual(['install-clave-app']);
    const { nextStep, isReachable } = await import('../../src/flow');
    expect(nextStep(answers)).toBe('visit');
    expect(isReachable('result', answers)).toBe(false);
  });
});
