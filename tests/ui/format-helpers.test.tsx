import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app';

async function openHelpers(answers = { id: 'nie' } as const) {
  const app = await renderApp('/q/doc', { answers });
  const summary = screen.getByText('Check the format of your numbers (optional)');
  const details = summary.closest('details');
  if (details === null) throw new Error('helpers are not in a <details>');
  expect(details.open).toBe(false);
  await app.user.click(summary);
  expect(details.open).toBe(true);
  return { ...app, details };
}

describe('the format helpers on the doc step', () => {
  it('are collapsed by default and only on the doc step', async () => {
    await renderApp('/q/id');
    expect(screen.queryByText('Check the format of your numbers (optional)')).toBeNull();
    await openHelpers();
  });

  it('confirm a valid NIE and warn about a wrong control letter', async () => {
    const { user } = await openHelpers();
    const nie = screen.getByRole('textbox', { name: 'Your NIE' });
    const field = nie.closest('.format-field');
    if (!(field instanceof HTMLElement)) throw new Error('no field');
    const check = within(field).getByRole('button', { name: 'Check' });

    await user.type(nie, 'X1234567L');
    await user.click(check);
    expect(within(field).getByRole('status')).toHaveTextContent('This NIE looks right.');

    await user.clear(nie);
    await user.type(nie, 'X1234567A');
    await user.click(check);
    expect(within(field).getByRole('status')).toHaveTextContent(/does not match.*X1234567L/);
  });

  it('accept the 8-digit X form with a leading 0 and show the normalised form (Enter checks, never submits)', async () => {
    const { user, where } = await openHelpers();
    const nie = screen.getByRole('textbox', { name: 'Your NIE' });
    await user.type(nie, 'x-00000111-l{Enter}');
    expect(where()).toBe('/q/doc');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/Type it like this on Cl@ve forms: X0000111L/)).toBeVisible();
  });

  it('pad an EU certificate number with C and zeros', async () => {
    const { user } = await openHelpers();
    await user.click(screen.getByRole('radio', { name: 'An EU citizen registration certificate' }));
    const soporte = screen.getByRole('textbox', { name: 'Your número de soporte (document number)' });
    expect(soporte).toHaveAccessibleDescription(/Type C and 8 digits/);
    await user.type(soporte, '1234567{Enter}');
    expect(screen.getByText(/Type it like this: C01234567/)).toBeVisible();
  });

  it('warn when an NIE is typed in the soporte field, or a soporte number in the NIE field', async () => {
    const { user } = await openHelpers();
    await user.click(screen.getByRole('radio', { name: /^A TIE/ }));
    const soporte = screen.getByRole('textbox', { name: 'Your número de soporte (document number)' });
    await user.type(soporte, 'Y1234567X{Enter}');
    expect(screen.getByText(/This looks like an NIE, not a número de soporte/)).toBeVisible();

    const nie = screen.getByRole('textbox', { name: 'Your NIE' });
    await user.type(nie, 'E12345678{Enter}');
    expect(screen.getByText(/This looks like a número de soporte/)).toBeVisible();
  });

  it('never block: Continue works with an invalid number typed', async () => {
    const { user, where } = await openHelpers();
    await user.type(screen.getByRole('textbox', { name: 'Your NIE' }), 'nonsense{Enter}');
    await user.click(screen.getByRole('radio', { name: 'Only the white NIE assignment sheet' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(where()).toBe('/q/phone');
  });
});

describe('privacy of the typed numbers', () => {
  it('keeps them out of the store, localStorage, the URL, the console and postMessage', async () => {
    const log = vi.spyOn(console, 'log');
    const info = vi.spyOn(console, 'info');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const post = vi.spyOn(window, 'postMessage');
    const parentPost = vi.spyOn(window.parent, 'postMessage');
    const history = vi.spyOn(window.history, 'pushState');
    try {
      const { user, store, where } = await openHelpers();
      const NIE = 'Y1234567X';
      const SOPORTE = 'E87654321';
      await user.type(screen.getByRole('textbox', { name: 'Your NIE' }), `${NIE}{Enter}`);
      await user.click(screen.getByRole('radio', { name: /^A TIE/ }));
      await user.type(screen.getByRole('textbox', { name: 'Your número de soporte (document number)' }), `${SOPORTE}{Enter}`);
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(where()).toBe('/q/phone');
      expect(store.getState().answers.doc).toBe('tie');

      const traces = [NIE, SOPORTE, '1234567', '87654321'];
      const dump = (storage: Storage) =>
        Object.keys(storage)
          .map((key) => `${key}=${storage.getItem(key) ?? ''}`)
          .join('\n');
      const stored = dump(localStorage);
      expect(stored).toContain('"doc":"tie"'); // the store did persist, just not the numbers
      const places = {
        store: JSON.stringify(store.getState()),
        localStorage: stored,
        sessionStorage: dump(sessionStorage),
        url: where() + window.location.href,
        console: JSON.stringify([log.mock.calls, info.mock.calls, warn.mock.calls, error.mock.calls]),
        postMessage: JSON.stringify([post.mock.calls, parentPost.mock.calls]),
        history: JSON.stringify(history.mock.calls),
        cookie: document.cookie,
      };
      for (const [place, text] of Object.entries(places)) {
        for (const trace of traces) expect(text, `${trace} leaked into ${place}`).not.toContain(trace);
      }
      // Inputs without a name are never part of a submitted form.
      for (const input of document.querySelectorAll('input[type="text"]')) expect(input).not.toHaveAttribute('name');
    } finally {
      vi.restoreAllMocks();
    }
  });
});
