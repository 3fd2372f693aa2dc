/**
 * One click, one step, in jsdom: what the rest of a double click may and may not do after
 * "Continue" has changed the page, and a second submit of a page that has already answered.
 * `detail` is the browser's click count (1, 2…; 0 for keyboard activation).
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createSafeStorage } from '../../src/store';
import { renderApp } from './render-app';

/** A press as the browser delivers it: mousedown, mouseup, click, all with the same count. */
function press(element: Element, count: number): void {
  fireEvent.mouseDown(element, { detail: count });
  fireEvent.mouseUp(element, { detail: count });
  fireEvent.click(element, { detail: count });
}

async function onDocPage() {
  const app = await renderApp('/q/id');
  fireEvent.click(screen.getByRole('radio', { name: 'An NIE' }), { detail: 1 });
  press(screen.getByRole('button', { name: 'Continue' }), 1);
  expect(app.where()).toBe('/q/doc');
  return app;
}

describe('the rest of a double click that changed the page', () => {
  it('ticks nothing on the next page', async () => {
    const { store } = await onDocPage();
    const option = screen.getByRole('radio', { name: /TIE/ });
    press(option, 2);
    expect(option).not.toBeChecked();
    press(screen.getByText(/TIE/, { selector: 'label' }), 2);
    expect(option).not.toBeChecked();
    expect(store.getState().answers).toEqual({ id: 'nie' });
  });

  it('does not submit the next page (no error the user did not cause)', async () => {
    const { where } = await onDocPage();
    press(screen.getByRole('button', { name: 'Continue' }), 2);
    press(screen.getByRole('button', { name: 'Continue' }), 3);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(where()).toBe('/q/doc');
  });

  it('does not clear the answers through a button that moved under the pointer', async () => {
    const { store } = await onDocPage();
    press(screen.getByRole('button', { name: 'Clear my answers' }), 2);
    expect(store.getState().answers).toEqual({ id: 'nie' });
  });

  it('leaves new clicks on the new page alone', async () => {
    const { store, where } = await onDocPage();
    const option = screen.getByRole('radio', { name: /TIE/ });
    press(option, 1);
    expect(option).toBeChecked();
    press(screen.getByRole('button', { name: 'Continue' }), 1);
    expect(where()).toBe('/q/phone');
    expect(store.getState().answers).toEqual({ id: 'nie', doc: 'tie' });
    // Keyboard activation (count 0) is never the rest of a double click.
    fireEvent.click(screen.getByRole('radio', { name: /Spanish mobile/ }), { detail: 0 });
    expect(screen.getByRole('radio', { name: /Spanish mobile/ })).toBeChecked();
  });
});

describe('a page that has answered', () => {
  it('ignores a second submit before it is gone: one answer, one history entry', async () => {
    const local = createSafeStorage(() => localStorage);
    let writes = 0;
    const storage: StateStorage = {
      getItem: (name) => local.getItem(name),
      setItem: (name, value) => {
        writes += 1;
        local.setItem(name, value);
      },
      removeItem: (name) => {
        local.removeItem(name);
      },
    };
    const { where, goBack } = await renderApp('/q/id', { storage });
    fireEvent.click(screen.getByRole('radio', { name: 'An NIE' }), { detail: 1 });
    const form = screen.getByRole('button', { name: 'Continue' }).closest('form');
    if (form === null) throw new Error('no form');
    writes = 0;
    // Both submits reach the page before React renders the next one (a slow page change).
    act(() => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });
    expect(where()).toBe('/q/doc');
    expect(writes).toBe(1);
    goBack();
    expect(where()).toBe('/q/id');
  });
});
