import { describe, expect, it } from 'vitest';
import { createSafeStorage, createWizardStore, STORAGE_KEY, STORE_VERSION } from '../../src/store';

function fresh() {
  return createWizardStore({ storage: createSafeStorage(() => localStorage) });
}

describe('the wizard store', () => {
  it('starts empty', () => {
    const { answers, ticks, language } = fresh().getState();
    expect(answers).toEqual({});
    expect(ticks).toEqual([]);
    expect(language).toBeUndefined();
  });

  it('sets and clears answers, ignoring invalid values', () => {
    const store = fresh();
    store.getState().setAnswer('id', 'nie');
    store.getState().setAnswer('tasks', ['tax', 'sign']);
    // @ts-expect-error: an invalid value, as an untyped caller could send
    store.getState().setAnswer('doc', 'passport');
    expect(store.getState().answers).toEqual({ id: 'nie', tasks: ['tax', 'sign'] });
    store.getState().clearAnswer('id');
    expect(store.getState().answers).toEqual({ tasks: ['tax', 'sign'] });
  });

  it('toggles ticks in order', () => {
    const store = fresh();
    store.getState().toggleTick('book-appointment');
    store.getState().toggleTick('bring-passport');
    store.getState().toggleTick('book-appointment');
    expect(store.getState().ticks).toEqual(['bring-passport']);
  });

  it('replaceAnswers starts a fresh set (never merges) and clears the ticks', () => {
    const store = fresh();
    store.getState().setAnswer('island', 'ibiza');
    store.getState().toggleTick('book-appointment');
    store.getState().replaceAnswers({ id: 'dni', phone: 'es' });
    expect(store.getState().answers).toEqual({ id: 'dni', phone: 'es' });
    expect(store.getState().ticks).toEqual([]);
  });

  it('reset clears answers and ticks but keeps the language', () => {
    const store = fresh();
    store.getState().setLanguage('es');
    store.getState().setAnswer('id', 'nie');
    store.getState().toggleTick('book-appointment');
    store.getState().reset();
    expect(store.getState()).toMatchObject({ answers: {}, ticks: [], language: 'es' });
  });

  it('persists to localStorage under "clave-wizard" with a version, and a new store resumes from it', () => {
    const store = fresh();
    store.getState().setAnswer('id', 'nie');
    store.getState().setAnswer('doc', 'tie');
    store.getState().toggleTick('bring-passport');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    expect(saved).toEqual({ state: { answers: { id: 'nie', doc: 'tie' }, ticks: ['bring-passport'] }, version: STORE_VERSION });

    const again = fresh();
    expect(again.getState().answers).toEqual({ id: 'nie', doc: 'tie' });
    expect(again.getState().ticks).toEqual(['bring-passport']);
  });

  it('persists only answers, ticks and language: no actions, nothing else', () => {
    const store = fresh();
    store.getState().setAnswer('id', 'nie');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state: Record<string, unknown> };
    expect(Object.keys(saved.state).sort()).toEqual(['answers', 'ticks']);
  });

  it('keeps the fix path\'s answers beside the main ones, validated and persisted', () => {
    const store = fresh();
    store.getState().setAnswer('id', 'nie');
    store.getState().setFixAnswer('problem', 'new-number');
    // @ts-expect-error: an invalid value, as an untyped caller could send
    store.getState().setFixAnswer('id', 'pending');
    expect(store.getState().fix).toEqual({ problem: 'new-number' });
    expect(store.getState().answers).toEqual({ id: 'nie' });
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state: Record<string, unknown> };
    expect(saved.state.fix).toEqual({ problem: 'new-number' });
    expect(fresh().getState().fix).toEqual({ problem: 'new-number' });
  });

  it('a fix link\'s fresh start clears both paths and the ticks; a main link\'s clears the fix answers; reset clears all', () => {
    const store = fresh();
    store.getState().setAnswer('id', 'nie');
    store.getState().toggleTick('book-appointment');
    store.getState().replaceFixAnswers({ problem: 'password' });
    expect(store.getState()).toMatchObject({ answers: {}, ticks: [], fix: { problem: 'password' } });
    store.getState().replaceAnswers({ id: 'dni' });
    expect(store.getState()).toMatchObject({ answers: { id: 'dni' }, fix: {} });
    store.getState().setFixAnswer('problem', 'renounce');
    store.getState().reset();
    expect(store.getState()).toMatchObject({ answers: {}, fix: {}, ticks: [] });
  });

  it('a stored fix answer that is not valid is dropped; the rest is kept', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { answers: {}, ticks: [], fix: { problem: 'card-renewed', id: 'pending', lost: 'dog' } }, version: STORE_VERSION }),
    );
    expect(fresh().getState().fix).toEqual({ problem: 'card-renewed' });
  });
});
