import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_1, renderApp } from './render-app';

describe('the result page shell', () => {
  it('redirects to the first unanswered question when the answers are incomplete', async () => {
    const { where } = await renderApp('/result', { answers: { id: 'nie', doc: 'tie', phone: 'es' } });
    await waitFor(() => {
      expect(where()).toBe('/q/app');
    });
  });

  it('renders the plan for complete answers, with a heading and a way back to the answers', async () => {
    await renderApp('/result', { answers: EXAMPLE_1 });
    expect(screen.getByRole('heading', { level: 1, name: 'Your Cl@ve plan' })).toBeVisible();
    expect(document.querySelector('[data-route]')).toHaveAttribute('data-route', 'invitation-letter');
    expect(screen.getByRole('link', { name: 'Back to your answers' })).toHaveAttribute('href', '/check');
    await waitFor(() => {
      expect(document.title).toBe('Your Cl@ve plan – Cl@ve Wizard');
    });
  });

  it('keeps checklist ticks in the store', async () => {
    const { user, store } = await renderApp('/result', { answers: EXAMPLE_1 });
    const item = document.querySelector('[data-item] input[type="checkbox"]');
    if (!(item instanceof HTMLInputElement)) throw new Error('no checklist item');
    const id = item.closest('[data-item]')?.getAttribute('data-item');
    await user.click(item);
    expect(store.getState().ticks).toEqual([id]);
    expect(item).toBeChecked();
    await user.click(item);
    expect(store.getState().ticks).toEqual([]);
  });
});
