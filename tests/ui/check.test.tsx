import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_1, renderApp } from './render-app';

describe('the check page', () => {
  it('lists every on-path answer with its label and a Change link named after the question', async () => {
    await renderApp('/check', { answers: EXAMPLE_1 });
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
    const rows = document.querySelectorAll('.summary-list__row');
    expect(Array.from(rows, (row) => row.getAttribute('data-question'))).toEqual([
      'id',
      'doc',
      'phone',
      'app',
      'cert',
      'work',
      'tasks',
      'use',
      'visit',
      'fiscal',
      'island',
    ]);
    const idRow = document.querySelector('[data-question="id"]');
    if (!(idRow instanceof HTMLElement)) throw new Error('no id row');
    expect(within(idRow).getByText('Identity number')).toBeVisible();
    expect(within(idRow).getByText('An NIE')).toBeVisible();
    const change = screen.getByRole('link', { name: 'Change Identity number' });
    expect(change).toHaveTextContent(/^Change$/);
    expect(change).toHaveAttribute('href', '/q/id?change=1');
  });

  it('leaves off-path answers out (a stored doc answer is ignored for a DNI holder)', async () => {
    await renderApp('/check', {
      answers: { ...EXAMPLE_1, id: 'dni', app: 'no', doc: 'tie' },
    });
    expect(document.querySelector('[data-question="doc"]')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Change Document with your NIE' })).toBeNull();
  });

  it('says so when no task was chosen', async () => {
    await renderApp('/check', { answers: { ...EXAMPLE_1, tasks: [] } });
    const row = document.querySelector('[data-question="tasks"]');
    if (!(row instanceof HTMLElement)) throw new Error('no tasks row');
    expect(within(row).getByText('None of these')).toBeVisible();
  });

  it('redirects to the first unanswered question while answers are missing', async () => {
    const { where } = await renderApp('/check', { answers: { id: 'nie', doc: 'tie' } });
    await waitFor(() => {
      expect(where()).toBe('/q/phone');
    });
  });

  it('returns to the check page after a change that opens no new question', async () => {
    const { user, store, where } = await renderApp('/check', { answers: EXAMPLE_1 });
    await user.click(screen.getByRole('link', { name: 'Change Where you live' }));
    expect(where()).toBe('/q/island?change=1');
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/check');
    await user.click(screen.getByRole('radio', { name: /Menorca/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(store.getState().answers.island).toBe('menorca');
    expect(where()).toBe('/check');
  });

  it('continues to the questions a change opens, then back to the check page', async () => {
    // Example 1 without `computer`: choosing visit = no puts `computer` on the path.
    const { user, store, where } = await renderApp('/check', { answers: EXAMPLE_1 });
    await user.click(screen.getByRole('link', { name: /^Change .*office/i }));
    expect(where()).toBe('/q/visit?change=1');
    await user.click(screen.getByRole('radio', { name: /^No/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(where()).toBe('/q/computer?change=1');
    await user.click(screen.getByRole('radio', { name: /^Yes/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(store.getState().answers.computer).toBe('yes');
    expect(where()).toBe('/check');
  });

  it('"See my plan" goes to the result page', async () => {
    const { user, where } = await renderApp('/check', { answers: EXAMPLE_1 });
    await user.click(screen.getByRole('button', { name: 'See my plan' }));
    expect(where()).toBe('/result');
  });

  it('Back goes to the last question on the path', async () => {
    await renderApp('/check', { answers: EXAMPLE_1 });
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/q/island');
  });
});
