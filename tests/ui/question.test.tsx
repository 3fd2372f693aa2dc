import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

describe('a single-choice question', () => {
  it('renders radios in a fieldset whose legend is the h1, with hints', async () => {
    await renderApp('/q/id');
    const heading = screen.getByRole('heading', { level: 1, name: 'Which Spanish identity number do you have?' });
    const group = screen.getByRole('group', { name: 'Which Spanish identity number do you have?' });
    expect(heading.closest('legend')).not.toBeNull();
    expect(within(group).getAllByRole('radio')).toHaveLength(4);
    expect(screen.getByRole('radio', { name: 'An NIE' })).toHaveAccessibleDescription(/assigned/);
    expect(group).toHaveAccessibleDescription(/Cl@ve needs a Spanish identity number/);
    expect(screen.getByText('Question 1 of about', { exact: false })).toBeInTheDocument();
    await waitFor(() => {
      expect(document.title).toBe('Which Spanish identity number do you have? – Cl@ve Wizard');
    });
  });

  it('stores the choice and continues to the next question on the path', async () => {
    const { user, store, where } = await renderApp('/q/id');
    await user.click(screen.getByRole('radio', { name: 'A Spanish DNI' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(store.getState().answers.id).toBe('dni');
    // DNI holders are not asked which document shows their NIE.
    expect(where()).toBe('/q/phone');
    expect(screen.getByRole('heading', { level: 1, name: 'Do you have a mobile number that can receive SMS?' })).toBeVisible();
  });

  it('shows an earlier answer pre-selected', async () => {
    await renderApp('/q/phone', { answers: { id: 'nie', doc: 'tie', phone: 'foreign' } });
    expect(screen.getByRole('radio', { name: 'Yes, a mobile number from another country' })).toBeChecked();
  });

  it('shows the progress "Question 3 of about N" from the flow', async () => {
    await renderApp('/q/phone', { answers: { id: 'nie', doc: 'tie' } });
    expect(screen.getByText(/^Question 3 of about \d+$/)).toBeInTheDocument();
  });
});

describe('the error summary', () => {
  it('appears on Continue with no choice: alert, focus, link to the first radio, inline error, title', async () => {
    const { user, store, where } = await renderApp('/q/id');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: 'Select which Spanish identity number you have' });
    const firstRadio = screen.getByRole('radio', { name: 'An NIE' });
    expect(link).toHaveAttribute('href', `#${firstRadio.id}`);

    const group = screen.getByRole('group');
    expect(group).toHaveAccessibleDescription(/Error:\s*Select which Spanish identity number you have/);
    await waitFor(() => {
      expect(document.title).toBe('Error: Which Spanish identity number do you have? – Cl@ve Wizard');
    });
    expect(store.getState().answers.id).toBeUndefined();
    expect(where()).toBe('/q/id');

    await user.click(link);
    expect(firstRadio).toHaveFocus();
    expect(where()).toBe('/q/id');
  });

  it('goes away once an answer is given', async () => {
    const { user, where } = await renderApp('/q/id');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: 'An NIE' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(where()).toBe('/q/doc');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => {
      expect(document.title).not.toMatch(/^Error/);
    });
  });
});

describe('the tasks question (checkboxes)', () => {
  const before = { id: 'nie', doc: 'tie', phone: 'es', app: 'yes', cert: 'no', work: 'employee' } as const;

  it('renders checkboxes and allows an empty answer', async () => {
    const { user, store, where } = await renderApp('/q/tasks', { answers: before });
    const group = screen.getByRole('group', { name: 'What do you want to do online?' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(7);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getState().answers.tasks).toEqual([]);
    expect(where()).toBe('/q/use');
  });

  it('stores several tasks in the order of the options, and unticking works', async () => {
    const { user, store } = await renderApp('/q/tasks', { answers: before });
    const boxes = screen.getAllByRole('checkbox');
    const [first, second, third] = [boxes[0], boxes[1], boxes[2]];
    if (first === undefined || second === undefined || third === undefined) throw new Error('missing checkboxes');
    await user.click(third);
    await user.click(first);
    await user.click(second);
    await user.click(second);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(store.getState().answers.tasks).toEqual(['tax', 'sign']);
  });
});

describe('the Back link', () => {
  it('goes to the start page from the first question', async () => {
    await renderApp('/q/id');
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/');
  });

  it('skips questions that are not on the path (DNI: phone goes back to id)', async () => {
    await renderApp('/q/phone', { answers: { id: 'dni' } });
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/q/id');
  });

  it('goes to the previous question on the path (NIE: phone goes back to doc)', async () => {
    const { user, where } = await renderApp('/q/phone', { answers: { id: 'nie', doc: 'tie' } });
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(where()).toBe('/q/doc');
  });
});

describe('deep links and unknown pages', () => {
  it('redirects a question that is not reachable yet to the first unanswered one', async () => {
    const { where } = await renderApp('/q/island', { answers: { id: 'nie' } });
    await waitFor(() => {
      expect(where()).toBe('/q/doc');
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Which document shows (or will show) your NIE?' })).toBeVisible();
  });

  it('redirects a question that is off the path (doc for a DNI holder)', async () => {
    const { where } = await renderApp('/q/doc', { answers: { id: 'dni' } });
    await waitFor(() => {
      expect(where()).toBe('/q/phone');
    });
  });

  it('shows the 404 page for an unknown question id and an unknown path', async () => {
    await renderApp('/q/nope');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  it('shows the 404 page for an unknown path', async () => {
    await renderApp('/somewhere/else');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
  });
});
