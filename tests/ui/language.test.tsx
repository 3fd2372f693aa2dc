import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../src/app/AppProviders';
import { AppRoutes } from '../../src/app/AppRoutes';
import { LanguageSwitcher } from '../../src/features/common';
import { createI18n } from '../../src/i18n';
import { createSafeStorage, createWizardStore } from '../../src/store';
import { EXAMPLE_1 } from './render-app';

describe('the language switcher', () => {
  it('lists each language by its own name, marks the current one, and keeps the answers and the page', async () => {
    const i18n = await createI18n('en');
    const store = createWizardStore({ storage: createSafeStorage(() => localStorage) });
    store.getState().replaceAnswers(EXAMPLE_1);
    const user = userEvent.setup();
    render(
      <AppProviders i18n={i18n} store={store}>
        <MemoryRouter initialEntries={['/check']} useTransitions={false}>
          <LanguageSwitcher languages={['en', 'de']} />
          <AppRoutes />
        </MemoryRouter>
      </AppProviders>,
    );
    const nav = screen.getAllByRole('navigation', { name: 'Language' })[0];
    expect(nav).toHaveTextContent('English');
    expect(screen.getByText('English')).toHaveAttribute('aria-current', 'true');
    const deutsch = screen.getByRole('button', { name: 'Deutsch' });
    expect(deutsch).toHaveAttribute('lang', 'de');
    await user.click(deutsch);
    // German has no locale files yet, so i18n stays in English; what matters: nothing is lost.
    expect(store.getState().answers).toEqual(EXAMPLE_1);
    expect(store.getState().language).toBe('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  });
});
