import type { i18n as I18n } from 'i18next';
import { BrowserRouter } from 'react-router';
import { EmbedBridge } from '../embed';
import type { StoreApi } from 'zustand/vanilla';
import type { WizardStore } from '../store';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';

export interface AppProps {
  readonly i18n: I18n;
  readonly store: StoreApi<WizardStore>;
}

/** The whole app in the browser: providers, error boundary, router, routes. */
export function App({ i18n, store }: AppProps) {
  return (
    <AppProviders i18n={i18n} store={store}>
      {/* Without transitions, a navigation and a store update in one handler render together. */}
      <BrowserRouter useTransitions={false}>
        <EmbedBridge>
          <AppRoutes />
        </EmbedBridge>
      </BrowserRouter>
    </AppProviders>
  );
}
