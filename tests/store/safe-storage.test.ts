import { describe, expect, it, vi } from 'vitest';
import { browserStorage, createSafeStorage, createWizardStore } from '../../src/store';

function securityError(): never {
  throw new DOMException('The operation is insecure.', 'SecurityError');
}

describe('the safe storage adapter', () => {
  it('uses the real storage when it works', () => {
    const storage = createSafeStorage(() => localStorage);
    storage.setItem('k', 'v');
    expect(localStorage.getItem('k')).toBe('v');
    expect(storage.getItem('k')).toBe('v');
    storage.removeItem('k');
    expect(localStorage.getItem('k')).toBeNull();
    expect(storage.isMemoryOnly()).toBe(false);
  });

  it('falls back to memory when merely reading localStorage throws (blocked in an iframe)', () => {
    const storage = createSafeStorage(securityError);
    expect(storage.isMemoryOnly()).toBe(true);
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
    storage.removeItem('k');
    expect(storage.getItem('k')).toBeNull();
  });

  it('falls back to memory when there is no storage at all', () => {
    const storage = createSafeStorage(() => undefined);
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
    expect(storage.isMemoryOnly()).toBe(true);
  });

  it('falls back to memory when a write starts failing later (quota), keeping the value', () => {
    let broken = false;
    const data = new Map<string, string>();
    const backend = {
      getItem(key: string): string | null {
        if (broken) securityError();
        return data.get(key) ?? null;
      },
      setItem(key: string, value: string): void {
        if (broken) throw new DOMException('full', 'QuotaExceededError');
        data.set(key, value);
      },
      removeItem(key: string): void {
        data.delete(key);
      },
    } as unknown as Storage;
    const storage = createSafeStorage(() => backend);
    storage.setItem('a', '1');
    broken = true;
    storage.setItem('b', '2');
    expect(storage.isMemoryOnly()).toBe(true);
    expect(storage.getItem('b')).toBe('2');
    expect(storage.getItem('a')).toBe('1');
  });

  it('browserStorage survives a window whose localStorage getter throws', () => {
    const spy = vi.spyOn(window, 'localStorage', 'get').mockImplementation(securityError);
    try {
      const storage = browserStorage();
      expect(storage.isMemoryOnly()).toBe(true);
      const store = createWizardStore({ storage });
      store.getState().setAnswer('id', 'nie');
      expect(store.getState().answers).toEqual({ id: 'nie' });
    } finally {
      spy.mockRestore();
    }
  });

  it('a store on blocked storage works in memory for the visit', () => {
    const store = createWizardStore({ storage: createSafeStorage(securityError) });
    store.getState().setAnswer('id', 'dni');
    store.getState().toggleTick('book-appointment');
    expect(store.getState()).toMatchObject({ answers: { id: 'dni' }, ticks: ['book-appointment'] });
  });
});
