import { useEffect, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { StoreApi } from 'zustand/vanilla';
import { ErrorPage } from '../features/common';
import { WizardStoreContext, type WizardStore } from '../store';
import { ErrorBoundary } from './ErrorBoundary';

export interface AppProvidersProps {
  readonly i18n: I18n;
  readonly store: StoreApi<WizardStore>;
  /** the router with the routes (BrowserRouter in the app, MemoryRouter in tests) */
  readonly children: ReactNode;
  /** after "Start over" on the error page: a full reload of the start page (the router may be broken) */
  readonly goHome?: () => void;
}

function reloadHome(): void {
  window.location.assign('/');
}

/** `<html lang>` follows the language. */
function useDocumentLanguage(i18n: I18n): void {
  useEffect(() => {
    const apply = (lng: string) => {
      document.documentElement.lang = lng;
    };
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => {
      i18n.off('languageChanged', apply);
    };
  }, [i18n]);
}

export function AppProviders({ i18n, store, children, goHome = reloadHome }: AppProvidersProps) {
  useDocumentLanguage(i18n);
  return (
    <I18nextProvider i18n={i18n}>
      <WizardStoreContext.Provider value={store}>
        <ErrorBoundary
          fallback={(retry) => (
            <ErrorPage
              onRetry={retry}
              onStartOver={() => {
                store.getState().reset();
                goHome();
              }}
            />
          )}
        >
          {children}
        </ErrorBoundary>
      </WizardStoreContext.Provider>
    </I18nextProvider>
  );
}
