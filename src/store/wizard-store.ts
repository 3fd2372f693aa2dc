/**
 * The wizard's state: the answers (domain `Answers`) and the checklist ticks, plus the chosen
 * language. Created per app (and per test) by `createWizardStore`; persisted to localStorage
 * under 'clave-wizard' through a storage adapter that falls back to memory.
 *
 * Several tabs share that one stored state, and storage is the truth between them:
 * - every action first adopts what is stored (another tab may have written since this one last
 *   looked), then applies its change to that, so a tab never writes back answers from a stale copy;
 * - `session` names the current set of answers and changes on every clear and every link with
 *   answers. An answer or tick given in a tab that still showed an older set is dropped rather than
 *   carried into the new one: on a shared office computer, the previous client's page must not
 *   add to the next client's answers;
 * - `followOtherTabs` adopts the stored state whenever another tab changes it (`storage` event).
 *
 * Never put an identity number (NIE, número de soporte) in here: the format helpers keep those
 * in component state only.
 */
import { persist, type PersistStorage, type StateStorage, type StorageValue } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import {
  parseAnswerField,
  parseFixAnswerField,
  type AnswerValue,
  type Answers,
  type ChecklistItemId,
  type FixAnswers,
  type FixQuestionId,
  type FixValueOf,
  type QuestionId,
} from '../domain';
import { migratePersisted, sanitizePersisted, STORAGE_KEY, STORE_VERSION, type PersistedState } from './persisted';
import { browserStorage } from './safe-storage';

export interface WizardState {
  answers: Answers;
  /** the answers of the fix path ("I already have Cl@ve") */
  fix: FixAnswers;
  ticks: ChecklistItemId[];
  /** the language the user chose (undefined: follow the link or the browser) */
  language: string | undefined;
  /** the id of this set of answers: new on every clear and every link with answers (undefined: never cleared) */
  session: string | undefined;
}

export interface WizardActions {
  /** Stores one answer; an invalid value is ignored (the store only ever holds valid answers). */
  setAnswer: <Q extends QuestionId>(id: Q, value: AnswerValue<Q>) => void;
  clearAnswer: (id: QuestionId) => void;
  toggleTick: (id: ChecklistItemId) => void;
  /** A fresh set of answers (from a shared link): never merged with the stored ones; ticks and fix answers cleared. */
  replaceAnswers: (answers: Answers) => void;
  /** Stores one answer of the fix path; an invalid value is ignored. */
  setFixAnswer: <Q extends FixQuestionId>(id: Q, value: FixValueOf<Q>) => void;
  /** A fresh set of fix answers (from a shared fix link): the main answers and ticks are cleared too. */
  replaceFixAnswers: (answers: FixAnswers) => void;
  setLanguage: (language: string) => void;
  /** Clears the answers, the fix answers and the ticks ("Start over"); the language choice stays. */
  reset: () => void;
}

export type WizardStore = WizardState & WizardActions;

export interface CreateWizardStoreOptions {
  /** where to persist (default: localStorage behind the safe adapter) */
  storage?: StateStorage;
  /** the storage key (default 'clave-wizard') */
  name?: string;
  /** a new session id (default: 96 random bits in hex) */
  newSession?: () => string;
}

/** The store with zustand persist's API (rehydrate, options), which followOtherTabs uses. */
export type WizardStoreApi = Mutate<StoreApi<WizardStore>, [['zustand/persist', PersistedState]]>;

/** 96 random bits: two tabs clearing at the same moment still get different sessions. */
export function newSessionId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
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

export function createWizardStore(options: CreateWizardStoreOptions = {}): WizardStoreApi {
  const storage = options.storage ?? browserStorage();
  const newSession = options.newSession ?? newSessionId;
  return createStore<WizardStore>()(
    persist(
      (set, get, api) => {
        /**
         * Adopts the stored state (another tab may have written since) and says whether it still
         * belongs to the session this tab's user was looking at. localStorage is synchronous, so
         * persist rehydrates before this returns.
         */
        const adoptStored = (): boolean => {
          const session = get().session;
          void api.persist.rehydrate();
          return get().session === session;
        };
        return {
          answers: {},
          fix: {},
          ticks: [],
          language: undefined,
          session: undefined,
          setAnswer: (id, value) => {
            const parsed = parseAnswerField(id, value);
            if (parsed === undefined || !adoptStored()) return;
            set((s) => ({ answers: { ...s.answers, [id]: parsed } }));
          },
          clearAnswer: (id) => {
            if (!adoptStored()) return;
            set((s) => {
              const next = { ...s.answers };
              // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- keyed by a QuestionId
              delete next[id];
              return { answers: next };
            });
          },
          toggleTick: (id) => {
            if (!adoptStored()) return;
            set((s) => ({ ticks: s.ticks.includes(id) ? s.ticks.filter((t) => t !== id) : [...s.ticks, id] }));
          },
          replaceAnswers: (answers) => {
            adoptStored(); // for the language: the answers are replaced whatever is stored
            set({ answers: sanitizePersisted({ answers }).state.answers, fix: {}, ticks: [], session: newSession() });
          },
          setFixAnswer: (id, value) => {
            const parsed = parseFixAnswerField(id, value);
            if (parsed === undefined || !adoptStored()) return;
            set((s) => ({ fix: { ...s.fix, [id]: parsed } }));
          },
          replaceFixAnswers: (fix) => {
            adoptStored();
            set({ answers: {}, fix: sanitizePersisted({ fix }).state.fix ?? {}, ticks: [], session: newSession() });
          },
          setLanguage: (language) => {
            adoptStored(); // a preference, not an answer: it applies in any session
            set({ language });
          },
          reset: () => {
            adoptStored();
            set({ answers: {}, fix: {}, ticks: [], session: newSession() });
          },
        };
      },
      {
        name: options.name ?? STORAGE_KEY,
        version: STORE_VERSION,
        storage: jsonStorage(storage),
        partialize: (s): PersistedState => ({
          answers: s.answers,
          ...(Object.keys(s.fix).length === 0 ? {} : { fix: s.fix }),
          ticks: s.ticks,
          ...(s.language === undefined ? {} : { language: s.language }),
          ...(s.session === undefined ? {} : { session: s.session }),
        }),
        migrate: migratePersisted,
        // Every hydration (same version, migrated, or a version this code does not know) passes
        // the storage edge's field-by-field salvage. Nothing stored reads as the empty state.
        merge: (persisted, current) => {
          const state = migratePersisted(persisted);
          return {
            ...current,
            answers: state.answers,
            fix: state.fix ?? {},
            ticks: state.ticks,
            language: state.language,
            session: state.session,
          };
        },
      },
    ),
  );
}

/** The part of `window` followOtherTabs needs (a stand-in in tests). */
export interface TabEvents {
  addEventListener: (type: 'storage', listener: (event: StorageEvent) => void) => void;
  removeEventListener: (type: 'storage', listener: (event: StorageEvent) => void) => void;
  readonly localStorage: Storage;
}

/**
 * Keeps this tab's answers and ticks in step with the other tabs: whenever another tab writes the
 * store's key, or clears the whole storage ("New client" does), the stored state is adopted.
 * The browser fires `storage` only in the other tabs, never in the one that wrote.
 * Returns the function that stops following.
 */
export function followOtherTabs(store: WizardStoreApi, target: TabEvents = window): () => void {
  const name = store.persist.getOptions().name;
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== name) return;
    let ours: boolean;
    try {
      ours = event.storageArea === target.localStorage;
    } catch {
      ours = false; // storage blocked: nothing is shared with other tabs anyway
    }
    if (ours) void store.persist.rehydrate();
  };
  target.addEventListener('storage', onStorage);
  return () => {
    target.removeEventListener('storage', onStorage);
  };
}
