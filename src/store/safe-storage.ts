/**
 * A `StateStorage` that never throws. localStorage can be missing, blocked (a sandboxed or
 * third-party iframe throws SecurityError on access), full (QuotaExceededError) or partitioned.
 * Then the wizard keeps working in memory for the rest of the visit.
 */
import type { StateStorage } from 'zustand/middleware';

export interface SafeStorage extends StateStorage<void> {
  getItem: (name: string) => string | null;
  /** true once the real storage failed and values live in memory only */
  readonly isMemoryOnly: () => boolean;
}

const PROBE_KEY = '__clave-wizard-probe__';

/**
 * Wraps the storage returned by `getStorage` (called lazily, inside try/catch, because merely
 * reading `window.localStorage` throws when storage is blocked).
 */
export function createSafeStorage(getStorage: () => Storage | undefined): SafeStorage {
  const memory = new Map<string, string>();
  let backend: Storage | undefined;
  let memoryOnly = false;

  try {
    backend = getStorage();
    if (backend === undefined) memoryOnly = true;
    else {
      backend.setItem(PROBE_KEY, '1');
      backend.removeItem(PROBE_KEY);
    }
  } catch {
    backend = undefined;
    memoryOnly = true;
  }

  /** After a failure, copy nothing back: memory simply takes over from now on. */
  function fail(): void {
    backend = undefined;
    memoryOnly = true;
  }

  return {
    getItem(name) {
      if (backend !== undefined) {
        try {
          return backend.getItem(name);
        } catch {
          fail();
        }
      }
      return memory.get(name) ?? null;
    },
    setItem(name, value) {
      memory.set(name, value);
      if (backend === undefined) return;
      try {
        backend.setItem(name, value);
      } catch {
        fail();
      }
    },
    removeItem(name) {
      memory.delete(name);
      if (backend === undefined) return;
      try {
        backend.removeItem(name);
      } catch {
        fail();
      }
    },
    isMemoryOnly: () => memoryOnly,
  };
}

/** The browser's localStorage behind the safe adapter (memory when there is none). */
export function browserStorage(): SafeStorage {
  return createSafeStorage(() => (typeof window === 'undefined' ? undefined : window.localStorage));
}

/**
 * Forgets everything this guide stored on the device ("New client" on a shared office computer):
 * local and session storage of this origin, which only this guide writes. Storage that is
 * blocked holds nothing to clear.
 */
export function clearDeviceStorage(): void {
  try {
    window.localStorage.clear();
    window.sessionStorage.clear();
  } catch {
    // Storage blocked: nothing is stored.
  }
}
