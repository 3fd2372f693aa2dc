import { act, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../src/app/AppProviders';
import { createI18n } from '../../src/i18n';
import { createSafeStorage, createWizardStore } from '../../src/store';
import { EXAMPLE_1, renderApp } from './render-app';

describe('the page frame', () => {
  it('has a skip link to the main content, and the landmarks', async () => {
    const { user } = await renderApp('/');
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveAttribute('href', '#main');
    await user.click(skip);
    expect(screen.getByRole('main')).toHaveFocus();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/stay in this browser/);
  });

  it('does not move focus on the first load', async () => {
    await renderApp('/q/id');
    expect(document.body).toHaveFocus();
  });

  it('moves focus to the new h1 after an in-app navigation and announces the page', async () => {
    const { user } = await renderApp('/q/id');
    await user.click(screen.getByRole('radio', { name: 'An NIE' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const heading = screen.getByRole('heading', { level: 1, name: 'Which document shows (or will show) your NIE?' });
    expect(heading).toHaveFocus();
    expect(screen.getByTestId('route-announcer')).toHaveTextContent('Which document shows (or will show) your NIE?');
    expect(document.title).toBe('Which document shows (or will show) your NIE? – Cl@ve Wizard');
  });

  it('"Clear my answers" is on every page once there are answers, and goes to the start page', async () => {
    const { user, store, where } = await renderApp('/check', { answers: EXAMPLE_1 });
    await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    expect(store.getState().answers).toEqual({});
    expect(where()).toBe('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Find the right Cl@ve login for you' })).toHaveFocus();
  });

  it('renders no language switcher while English is the only language', async () => {
    await renderApp('/');
    expect(screen.queryByRole('navigation', { name: 'Language' })).toBeNull();
  });

  it('sets <html lang> from the i18n language', async () => {
    document.documentElement.lang = 'xx';
    await renderApp('/');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('the error boundary', () => {
  function Boom(): never {
    throw new Error('boom');
  }

  it('shows a friendly page with "Start over" instead of a blank screen', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const i18n = await createI18n('en');
    const store = createWizardStore({ storage: createSafeStorage(() => window.localStorage) });
    store.getState().replaceAnswers(EXAMPLE_1);
    const goHome = vi.fn();
    try {
      render(
        <AppProviders i18n={i18n} store={store} goHome={goHome}>
          <MemoryRouter>
            <Boom />
          </MemoryRouter>
        </AppProviders>,
      );
      expect(screen.getByRole('heading', { level: 1, name: 'Sorry, something went wrong' })).toBeVisible();
      await waitFor(() => {
        expect(document.title).toBe('Sorry, something went wrong – Cl@ve Wizard');
      });
      act(() => {
        screen.getByRole('button', { name: 'Start over' }).click();
      });
      expect(store.getState().answers).toEqual({});
      expect(goHome).toHaveBeenCalledOnce();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('focus on load', () => {
  it('does not move focus when a deep link redirects on the first load', async () => {
    const { where } = await renderApp('/q/island');
    await waitFor(() => {
      expect(where()).toBe('/q/id');
    });
    expect(document.body).toHaveFocus();
  });
});
