/** The store's public face. */
export {
  createWizardStore,
  followOtherTabs,
  newSessionId,
  type CreateWizardStoreOptions,
  type TabEvents,
  type WizardActions,
  type WizardState,
  type WizardStore,
  type WizardStoreApi,
} from './wizard-store';
export { WizardStoreContext, useWizard, useWizardActions, useWizardStoreApi } from './react';
export { createSafeStorage, browserStorage, type SafeStorage } from './safe-storage';
export {
  STORAGE_KEY,
  STORE_VERSION,
  migratePersisted,
  sanitizePersisted,
  salvageTicks,
  type PersistedState,
} from './persisted';
