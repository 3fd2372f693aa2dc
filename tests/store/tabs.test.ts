/**
 * Several tabs, one stored state. Each store below is one tab: they share jsdom's localStorage,
 * and `storage` events (which the browser fires only in the other tabs) are dispatched by hand.
 */
import { describe, expect, it } from 'vitest';
import { createSafeStorage, createWizardStore, followOtherTabs, STORAGE_KEY, type TabEvents, type WizardStoreApi } from '../../src/store';

function tab(): WizardStoreApi {
  return createWizardStore({ storage: createSafeStorage(() => localStorage) });
}

/** A tab's window for followOtherTabs: its own event target over the shared localStorage. */
function tabWindow(): TabEvents & { fire: (key: string | null) => void } {
  const target = new EventTarget();
  return {
    localStorage,
    addEventListener: (type, listener) => {
      target.addEventListener(type, listener as EventListener);
    },
    removeEventListener: (type, listener) => {
      target.removeEventListener(type, listener as EventListener);
    },
    fire: (key) => target.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage })),
  };
}

function stored(): unknown {
  return (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { state?: unknown } | null)?.state;
}

const CLIENT_1 = { id: 'nie', doc: 'tie', phone: 'es', app: 'yes' } as const;

function withClient1(store: WizardStoreApi): void {
  for (const [id, value] of Object.entries(CLIENT_1)) store.getState().setAnswer(id as keyof typeof CLIENT_1, value);
}

describe('tabs in step', () => {
  it('a tab that missed a clear never writes the cleared answers back', () => {
    const a = tab();
    withClient1(a);
    const b = tab(); // opened later: it shows client 1 too
    expect(b.getState().answers).toEqual(CLIENT_1);

    a.getState().reset(); // "Clear my answers" in tab A; tab B has not heard of it
    b.getState().setAnswer('work', 'employee'); // tab B's stale page answers one more question

    expect(stored()).toMatchObject({ answers: {}, ticks: [] });
    expect(b.getState().answers).toEqual({}); // B adopted the cleared state
    expect(b.getState().session).toBe(a.getState().session);
    // …and from then on B works as usual, in the new set of answers.
    b.getState().setAnswer('id', 'dni');
    expect(stored()).toMatchObject({ answers: { id: 'dni' } });
  });

  it('a tick from a stale tab after "New client" is dropped too', () => {
    const a = tab();
    withClient1(a);
    a.getState().toggleTick('book-appointment');
    const b = tab();
    localStorage.clear(); // what "New client" does after clearing the store
    a.getState().reset();
    b.getState().toggleTick('bring-passport');
    expect(stored()).toMatchObject({ answers: {}, ticks: [] });
    expect(b.getState().ticks).toEqual([]);
  });

  it('two tabs answering different questions keep both answers (every write starts from what is stored)', () => {
    const a = tab();
    const b = tab();
    a.getState().setAnswer('id', 'nie');
    b.getState().setAnswer('phone', 'es'); // B never heard of A's answer
    a.getState().toggleTick('book-appointment');
    expect(stored()).toMatchObject({ answers: { id: 'nie', phone: 'es' }, ticks: ['book-appointment'] });
    expect(a.getState().answers).toEqual({ id: 'nie', phone: 'es' });
  });

  it('the tab that cleared goes on normally, and a link with answers starts a new set as well', () => {
    const a = tab();
    withClient1(a);
    a.getState().reset();
    a.getState().setAnswer('id', 'dni');
    expect(a.getState().answers).toEqual({ id: 'dni' });
    const before = a.getState().session;
    const b = tab();
    b.getState().replaceAnswers({ id: 'nie' });
    expect(b.getState().session).not.toBe(before);
    a.getState().setAnswer('phone', 'es'); // A's page belonged to the set the link replaced
    expect(stored()).toMatchObject({ answers: { id: 'nie' } });
  });

  it('answers and ticks follow storage events from other tabs, including a clear of the whole storage', () => {
    const a = tab();
    const b = tab();
    const bWindow = tabWindow();
    const stop = followOtherTabs(b, bWindow);
    withClient1(a);
    a.getState().toggleTick('book-appointment');
    bWindow.fire(STORAGE_KEY);
    expect(b.getState()).toMatchObject({ answers: CLIENT_1, ticks: ['book-appointment'] });

    localStorage.clear(); // "New client" in tab A
    bWindow.fire(null);
    expect(b.getState()).toMatchObject({ answers: {}, ticks: [] });

    a.getState().setAnswer('id', 'dni');
    bWindow.fire('some-other-key');
    expect(b.getState().answers).toEqual({}); // not our key: nothing to adopt
    stop();
    bWindow.fire(STORAGE_KEY);
    expect(b.getState().answers).toEqual({});
  });

  it('ignores storage events of another storage area', () => {
    const a = tab();
    const b = tab();
    const target = new EventTarget();
    followOtherTabs(b, {
      localStorage,
      addEventListener: (type, listener) => {
        target.addEventListener(type, listener as EventListener);
      },
      removeEventListener: () => undefined,
    });
    a.getState().setAnswer('id', 'nie');
    target.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, storageArea: sessionStorage }));
    expect(b.getState().answers).toEqual({});
  });
});
