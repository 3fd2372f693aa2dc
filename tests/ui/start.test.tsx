import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_1, renderApp } from './render-app';

describe('the start page', () => {
  it('says what the wizard does, what to have at hand, how long it takes, and who it is for', async () => {
    await renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Find the right Cl@ve login for you' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'What to have at hand' })).toBeVisible();
    expect(screen.getByText(/NIE/, { selector: 'li' })).toBeVisible();
    expect(screen.getByText(/About 3 minutes/)).toBeVisible();
    expect(screen.getByText(/under 18 register in person, together with a parent or legal guardian/)).toBeVisible();
    expect(screen.getByText(/We use no cookies/)).toBeVisible();
    await waitFor(() => {
      expect(document.title).toBe('Find the right Cl@ve login for you – Cl@ve Wizard');
    });
  });

  it('starts at the first question', async () => {
    const { user, where } = await renderApp('/');
    expect(screen.queryByRole('link', { name: 'Continue where you left off' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear my answers' })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    expect(where()).toBe('/q/id');
  });

  it('offers to continue where the user left off when answers exist', async () => {
    const { user, where } = await renderApp('/', { answers: { id: 'nie', doc: 'tie' } });
    expect(screen.queryByRole('link', { name: 'Start now' })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Continue where you left off' }));
    expect(where()).toBe('/q/phone');
  });

  it('continues to the plan when every answer is given', async () => {
    await renderApp('/', { answers: EXAMPLE_1 });
    expect(screen.getByRole('link', { name: 'Continue where you left off' })).toHaveAttribute('href', '/result');
  });

  it('"Start over" clears the answers and the ticks, and says so', async () => {
    const { user, store } = await renderApp('/', { answers: EXAMPLE_1, ticks: ['book-appointment'] });
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(store.getState().answers).toEqual({});
    expect(store.getState().ticks).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('Your answers have been cleared.');
    expect(screen.getByRole('link', { name: 'Start now' })).toBeVisible();
  });
});
