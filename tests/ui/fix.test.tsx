/**
 * The fix path's pages (docs/fix.md), rendered with the real routes: the start page's second way
 * in, a question with its error summary, the check page with Change links, and the fix itself —
 * at a glance, the steps in order, the sources, print and share, and the hand-over to the main flow.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const NEW_NUMBER_IN_PERSON = { problem: 'new-number', cert: 'no', visit: 'yes', id: 'nie', island: 'mallorca' } as const;

function fixView(): HTMLElement {
  const view = document.querySelector<HTMLElement>('[data-fix-view]');
  if (view === null) throw new Error('no fix shown');
  return view;
}

describe('the start page', () => {
  it('offers both ways in: getting Cl@ve, and fixing a problem with it', async () => {
    const { user, where } = await renderApp('/');
    expect(screen.getByRole('heading', { name: 'Get Cl@ve' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'I already have Cl@ve' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Fix a problem with my Cl@ve' }));
    expect(where()).toBe('/fix');
    expect(screen.getByRole('heading', { level: 1, name: 'What went wrong with your Cl@ve?' })).toBeInTheDocument();
  });

  it('resumes a fix path left half-way', async () => {
    const { user, where } = await renderApp('/', { fix: { problem: 'new-phone' } });
    await user.click(screen.getByRole('link', { name: /Continue where you left off/ }));
    expect(where()).toBe('/fix/q/oldsms');
  });

  it('with only fix answers stored, getting Cl@ve can still start from the beginning', async () => {
    const { user, where } = await renderApp('/', { fix: { problem: 'password' } });
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    expect(where()).toBe('/q/id');
  });
});

describe('a fix question', () => {
  it('offers the nine problems as radios in a group named by the question', async () => {
    await renderApp('/fix');
    const group = screen.getByRole('group', { name: 'What went wrong with your Cl@ve?' });
    expect(within(group).getAllByRole('radio')).toHaveLength(9);
  });

  it('Continue with no choice: an error summary with focus, nothing stored, no move', async () => {
    const { user, store, where } = await renderApp('/fix');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
    expect(store.getState().fix).toEqual({});
    expect(where()).toBe('/fix');
  });

  it('asks only what changes the fix: a new phone asks about the old SMS, a password goes straight to its fix', async () => {
    const { user, store, where } = await renderApp('/fix');
    await user.click(screen.getByRole('radio', { name: 'I have a new smartphone (same number)' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(where()).toBe('/fix/q/oldsms');
    expect(screen.getByRole('heading', { level: 1, name: /still receive SMS/ })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await user.click(screen.getByRole('radio', { name: /forgot my Cl@ve Permanente password/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(store.getState().fix.problem).toBe('password');
    expect(where()).toBe('/fix/result');
    expect(fixView()).toHaveAttribute('data-fix', 'password-reset');
  });
});

describe('the fix check page', () => {
  it('lists the answers on the path with Change links that return to it', async () => {
    const { user, where } = await renderApp('/fix/check', { fix: NEW_NUMBER_IN_PERSON });
    const rows = document.querySelectorAll('[data-question]');
    expect([...rows].map((row) => row.getAttribute('data-question'))).toEqual(['problem', 'cert', 'visit', 'id', 'island']);
    await user.click(screen.getByRole('link', { name: 'Change Where you live' }));
    expect(where()).toBe('/fix/q/island?change=1');
    await user.click(screen.getByRole('radio', { name: 'Ibiza' }));
    await user.click(screen.getByRole('button', { name: /Continue|Save/ }));
    expect(where()).toBe('/fix/check');
    await user.click(screen.getByRole('button', { name: 'See my fix' }));
    expect(where()).toBe('/fix/result');
  });
});

describe('the fix', () => {
  it('at a glance, then the steps in order, what to bring, notes, offices, sources, print and share', async () => {
    await renderApp('/fix/result', { fix: NEW_NUMBER_IN_PERSON });
    expect(screen.getByRole('heading', { level: 1, name: 'Your Cl@ve fix' })).toBeInTheDocument();
    const view = fixView();
    expect(view).toHaveAttribute('data-fix', 'new-number-in-person');
    const sections = [...view.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section'));
    expect(sections).toEqual(['summary', 'fix-steps', 'bring', 'notes', 'offices', 'sources']);
    const steps = within(view).getAllByRole('list').find((list) => list.tagName === 'OL');
    expect(steps === undefined ? 0 : within(steps).getAllByRole('listitem').length).toBeGreaterThan(1);
    expect(view.querySelector('[data-bring]')).toHaveAttribute('data-bring', 'book-appointment bring-residence-document bring-passport');
    expect(view.querySelector('[data-notes]')?.getAttribute('data-notes')).toContain('one-number-per-person');
    // The staffed video-call change is temporarily unavailable: an uncertain fact, shown as a flag.
    expect(view.querySelector('[data-flag="video-call-number-change"]')).not.toBeNull();
    // The step cites its sources, and the sources section lists each with its link.
    const cited = [...view.querySelectorAll('[data-why="fix"] [data-source-link]')].map((li) => li.getAttribute('data-source-link'));
    expect(cited).toEqual(expect.arrayContaining(['clave-change-data']));
    const sources = view.querySelector<HTMLElement>('[data-section="sources"]');
    expect(sources === null ? [] : within(sources).getAllByRole('link').length).toBeGreaterThanOrEqual(cited.length);
    expect(screen.getByRole('button', { name: /Print/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Share these answers' })).toBeInTheDocument();
  });

  it('a blocked activation code hands over to the main flow with what the fix path knows', async () => {
    await renderApp('/fix/result', { fix: { problem: 'activation-code', id: 'dni' } });
    expect(fixView()).toHaveAttribute('data-fix', 'activation-code-renew');
    const handover = screen.getByRole('link', { name: 'Get my registration plan' });
    const url = new URL(handover.getAttribute('href') ?? '', window.location.origin);
    expect(url.pathname).toBe('/');
    expect(url.searchParams.get('id')).toBe('dni');
    expect(url.searchParams.has('problem')).toBe(false);
  });

  it('a deep link to the fix without answers goes to the first question', async () => {
    const { where } = await renderApp('/fix/result');
    expect(where()).toBe('/fix');
  });
});
