/** Renders one of our components inside the app's providers and a memory router, with the agent namespace loaded. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import agentEn from '../../../content/locales/en/agent.json';
import { AppProviders } from '../../../src/app/AppProviders';
import type { Answers } from '../../../src/domain';
import { createI18n } from '../../../src/i18n';
import { createSafeStorage, createWizardStore } from '../../../src/store';

export async function renderWithApp(ui: ReactNode, options: { answers?: Answers; path?: string } = {}) {
  const i18n = await createI18n('en');
  // Works whether or not src/i18n registers the namespace yet.
  i18n.addResourceBundle('en', 'agent', agentEn, true, true);
  const store = createWizardStore({ storage: createSafeStorage(() => window.localStorage) });
  if (options.answers !== undefined) store.getState().replaceAnswers(options.answers);
  const user = userEvent.setup();
  const view = render(
    <AppProviders i18n={i18n} store={store}>
      <MemoryRouter initialEntries={[options.path ?? '/']}>{ui}</MemoryRouter>
    </AppProviders>,
  );
  return { ...view, store, user, i18n };
}
