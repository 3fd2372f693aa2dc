/**
 * The wizard's state: the answers (domain `Answers`) and the checklist ticks, plus the chosen
 * language. Created per app (and per test) by `createWizardStore`; persisted to localStorage
 * under 'clave-wizard' through a storage adapter that falls back to memory.
 *
 * Never put an identity number (NIE, número de soporte) in here: the format helpers keep those
 * in component state only.
 */
import { persist, type PersistStorage, type StateStorage, type StorageValue } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { parseAnswerField, type AnswerValue, type Answers, type ChecklistItemId, type QuestionId } from '../domain';
import { migratePersisted, sanitizePersisted, STORAGE_KEY, STORE_VERSION, type PersistedState } from './persisted';
import { browserStorage } from './safe-storage';

export interface WizardState {
  answers: Answers;
  ticks: ChecklistItemId[];
  /** the language the user chose (undefined: follow the link or the browser) */
  language: string | undefined;
}

export interface WizardActions {
  /** Stores one answer; an invalid value is ignored (the store only ever holds valid answers). */
  setAnswer: <Q extends QuestionId>(id: Q, value: AnswerValue<Q>) => void;
  clearAnswer: (id: QuestionId) => void;
  toggleTick: (id: ChecklistItemId) => void;
  /** A fresh set of answers (from a shared link): never merged with the stored ones; ticks cleared. */
  replaceAnswers: (answers: Answers) => void;
  setLanguage: (language: string) => void;
  /** Clears the answers and the ticks ("Start over"); the language choice stays. */
  reset: () => void;
}

export type WizardStore = WizardState & WizardActions;

export interface CreateWizardStoreOptions {
  /** where to persist (default: localStorage behind the safe adapter) */
  storage?: StateStorage;
  /** the storage key (default 'clave-wizard') */
  name?: string;
}

/** JSON over a StateStorage that never throws: corrupt JSON reads as "nothing stored". */
function jsonStorage(storage: StateStorage): PersistStorage<PersistedState> {
  return {
    getItem(name) {
      const raw = storage.getItem(name);
      if (typeof raw !== 'string') return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed !== 'object' || parsed === null) return null;
        return parsed as StorageValue<PersistedState>;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      storage.setItem(name, JSON.stringify(value));
    },
    removeItem(name) {
      storage.removeItem(name);
    },
  };
}

export function createWizardStore(options: CreateWizardStoreOptions = {}): StoreApi<WizardStore> {
  const storage = options.storage ?? browserStorage();
  return createStore<WizardStore>()(
    persist(
      (set) => ({
        answers: {},
        ticks: [],
        language: undefined,
        setAnswer: (id, value) => {
          const parsed = parseAnswerField(id, value);
          if (parsed === undefined) return;
          set((s) => ({ answers: { ...s.answers, [id]: parsed } }));
        },
        clearAnswer: (id) => {
          set((s) => {
            const next = { ...s.answers };
            // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- keyed by a QuestionId
            delete next[id];
            return { answers: next };
          });
        },
        toggleTick: (id) => {
          set((s) => ({ ticks: s.ticks.includes(id) ? s.ticks.filter((t) => t !== id) : [...s.ticks, id] }));
        },
        replaceAnswers: (answers) => {
          set({ answers: sanitizePersisted({ answers }).state.answers, ticks: [] });
        },
        setLanguage: (language) => {
          set({ language });
        },
        reset: () => {
          set({ answers: {}, ticks: [] });
        },
      }),
      {
        name: options.name ?? STORAGE_KEY,
        version: STORE_VERSION,
        storage: jsonStorage(storage),
        partialize: (s): PersistedState => ({
          answers: s.answers,
          ticks: s.ticks,
          ...(s.language === undefined ? {} : { language: s.language }),
        }),
        migrate: migratePersisted,
        // Every hydration (same version or migrated) passes the storage edge's validation.
        merge: (persisted, current) => {
          const { state } = sanitizePersisted(persisted);
          return { ...current, answers: state.answers, ticks: state.ticks, language: state.language };
        },
      },
    ),
  );
}
