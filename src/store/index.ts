/** The store's public face. */
export {
  createWizardStore,
  followOtherTabs,
  type TabEvents,
  type WizardStore,
  type WizardStoreApi,
} from './wizard-store';
export { WizardStoreContext, useWizard, useWizardActions } from './react';
export { createSafeStorage, browserStorage, clearDeviceStorage } from './safe-storage';
export {
  STORAGE_KEY,
  STORE_VERSION,
  migratePersisted,
  sanitizePersisted,
} from './persisted';
