/**
 * React access to the wizard store: one store per app (and per test), passed down by context.
 * Select narrowly; a selector that builds a new object must go through `useShallow`.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { StoreApi } from 'zustand/vanilla';
import type { WizardActions, WizardStore } from './wizard-store';

export const WizardStoreContext = createContext<StoreApi<WizardStore> | null>(null);

export function useWizardStoreApi(): StoreApi<WizardStore> {
  const store = useContext(WizardStoreContext);
  if (store === null) throw new Error('useWizard* must be used inside <WizardStoreContext.Provider>');
  return store;
}

/** Subscribes to one slice of the state. */
export function useWizard<T>(selector: (state: WizardStore) => T): T {
  return useStore(useWizardStoreApi(), selector);
}

/** The actions; stable across renders. */
export function useWizardActions(): WizardActions {
  return useStore(
    useWizardStoreApi(),
    useShallow((s) => ({
      setAnswer: s.setAnswer,
      clearAnswer: s.clearAnswer,
      toggleTick: s.toggleTick,
      replaceAnswers: s.replaceAnswers,
      setFixAnswer: s.setFixAnswer,
      replaceFixAnswers: s.replaceFixAnswers,
      setLanguage: s.setLanguage,
      reset: s.reset,
    })),
  );
}
