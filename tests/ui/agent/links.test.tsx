/** Shared links in the app: start-up application, the notice, and "Share these answers". */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorage, createWizardStore } from '../../../src/store';
import {
  LinkNotice,
  ShareAnswers,
  applyLinkOnStartup,
  linkNoticeStore,
  setLinkNotice,
} from '../../../src/features/share';
import { renderWithApp } from './render';

afterEach(() => {
  setLinkNotice(undefined);
});

function fakeEnv(href: string) {
  const url = new URL(href);
  const replaceState = vi.fn();
  return { env: { location: { search: url.search, href: url.href }, history: { state: { idx: 0 }, replaceState } }, replaceState };
}

function freshStore() {
  return createWizardStore({ storage: createSafeStorage(() => window.localStorage) });
}

describe('applyLinkOnStartup', () => {
  it('replaces the stored answers, sets the language and rewrites the address in place', () => {
    const store = freshStore();
    store.getState().replaceAnswers({ id: 'dni', app: 'yes', phone: 'es' });
    const { env, replaceState } = fakeEnv('https://w.example/?id=nie&doc=tie&lang=en&embed=1&frame=f#top');
    const applied = applyLinkOnStartup(store, env, ['en', 'es']);
    expect(store.getState().answers).toEqual({ id: 'nie', doc: 'tie' }); // never merged
    expect(store.getState().language).toBe('en');
    expect(replaceState).toHaveBeenCalledWith({ idx: 0 }, '', '/q/phone?embed=1&frame=f#top');
    expect(applied?.notice).toBeUndefined();
    expect(linkNoticeStore.getState().notice).toBeUndefined();
  });

  it('opens the plan when the link answers every question on the path', () => {
    const store = freshStore();
    const { env, replaceState } = fakeEnv(
      'https://w.example/q/id?id=nie&doc=eu-cert&phone=es&app=yes&cert=no&work=employee&tasks=tax&use=occasional&visit=yes&fiscal=yes&island=mallorca',
    );
    applyLinkOnStartup(store, env);
    expect(replaceState).toHaveBeenCalledWith({ idx: 0 }, '', '/result');
  });

  it('records a notice for unusable parameters and keeps foreign ones in the address', () => {
    const store = freshStore();
    const { env, replaceState } = fakeEnv('https://w.example/?id=passport&utm_source=mail');
    applyLinkOnStartup(store, env);
    expect(store.getState().answers).toEqual({});
    expect(linkNoticeStore.getState().notice?.rejected).toEqual([
      { param: 'id', reason: 'invalid' },
      { param: 'utm_source', reason: 'unknown' },
    ]);
    expect(replaceState).toHaveBeenCalledWith({ idx: 0 }, '', '/q/id?utm_source=mail');
  });

  it('a link too long to read still starts afresh: the stored answers and ticks go, and the notice says why', () => {
    const store = freshStore();
    store.getState().replaceAnswers({ id: 'dni', app: 'yes', phone: 'es' });
    store.getState().toggleTick('book-appointment');
    const { env, replaceState } = fakeEnv(`https://w.example/result?id=nie&doc=tie&tasks=${'tax,'.repeat(600)}`);
    applyLinkOnStartup(store, env);
    expect(store.getState()).toMatchObject({ answers: {}, ticks: [] });
    expect(linkNoticeStore.getState().notice).toMatchObject({ rejected: [{ param: '*', reason: 'too-long' }], clearedStored: true });
    expect(replaceState).toHaveBeenCalledWith({ idx: 0 }, '', '/q/id');
  });

  it('a link whose answers are all unusable starts afresh too', () => {
    const store = freshStore();
    store.getState().replaceAnswers({ id: 'dni', app: 'yes' });
    const { env } = fakeEnv('https://w.example/?id=passport&doc=%3Cscript%3E');
    applyLinkOnStartup(store, env);
    expect(store.getState().answers).toEqual({});
    expect(linkNoticeStore.getState().notice).toMatchObject({ noneUsed: true, clearedStored: true });
  });

  it('does nothing for an address without our parameters', () => {
    const store = freshStore();
    store.getState().replaceAnswers({ id: 'dni' });
    const { env, replaceState } = fakeEnv('https://w.example/q/app?utm_source=mail&embed=1');
    expect(applyLinkOnStartup(store, env)).toBeUndefined();
    expect(store.getState().answers).toEqual({ id: 'dni' });
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('keeps the answers and the page for a link with only a language', () => {
    const store = freshStore();
    store.getState().replaceAnswers({ id: 'dni' });
    const { env, replaceState } = fakeEnv('https://w.example/q/app?lang=en');
    applyLinkOnStartup(store, env, ['en']);
    expect(store.getState().answers).toEqual({ id: 'dni' });
    expect(replaceState).toHaveBeenCalledWith({ idx: 0 }, '', '/q/app');
  });
});

describe('LinkNotice', () => {
  it('renders nothing without a notice', async () => {
    const { container } = await renderWithApp(<LinkNotice />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names each parameter politely, as a status, and can be dismissed', async () => {
    setLinkNotice({
      rejected: [
        { param: 'doc', reason: 'invalid' },
        { param: 'colour', reason: 'unknown' },
        { param: 'phone', reason: 'repeated' },
        { param: 'lang', reason: 'invalid' },
        { param: 'frame', reason: 'too-long' },
      ],
      dropped: [{ param: 'tasks', value: 'residence-permit', fromVersion: 0 }],
      migratedFrom: 0,
    });
    const { user } = await renderWithApp(<LinkNotice />);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Some details in your link could not be used');
    expect(notice).toHaveTextContent('older version of this guide');
    const items = Array.from(notice.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/: the answer in the link was not one we know$/),
      '“colour”: this guide does not ask about it',
      expect.stringMatching(/: it was in the link more than once/),
      'Language: the answer in the link was not one we know',
      'Frame name: it was too long to be an answer',
      expect.stringMatching(/\(residence-permit\): this answer is no longer part of the guide$/),
    ]);
    await user.click(screen.getByRole('button', { name: 'Dismiss this message' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says why answers saved before are gone, and that none of the link could be used', async () => {
    setLinkNotice({ rejected: [{ param: 'id', reason: 'invalid' }], dropped: [], noneUsed: true, clearedStored: true });
    await renderWithApp(<LinkNotice />);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('None of the answers in the link could be used');
    expect(notice).not.toHaveTextContent('Everything else in the link has been filled in');
    expect(notice).toHaveTextContent('The answers saved in this browser before have been cleared');
  });

  it('summarises long lists and explains a link too long to read', async () => {
    setLinkNotice({
      rejected: [{ param: '*', reason: 'too-long' }, ...Array.from({ length: 12 }, (_, i) => ({ param: `p${i}`, reason: 'unknown' as const }))],
      dropped: [],
    });
    await renderWithApp(<LinkNotice />);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('too long to read');
    expect(notice.querySelectorAll('li')).toHaveLength(9);
    expect(notice).toHaveTextContent('and 4 more');
  });
});

describe('ShareAnswers', () => {
  it('copies a link with the on-path answers and says so', async () => {
    const { user } = await renderWithApp(<ShareAnswers />, { answers: { id: 'dni', doc: 'tie', app: 'yes' } });
    await user.click(screen.getByRole('button', { name: 'Share these answers' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied.');
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/?id=dni&app=yes&lang=en&v=1`);
  });

  it('offers the link to select when the browser refuses to copy', async () => {
    const { user } = await renderWithApp(<ShareAnswers />, { answers: { id: 'nie' } });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    try {
      await user.click(screen.getByRole('button', { name: 'Share these answers' }));
      expect(await screen.findByRole('status')).toHaveTextContent('did not let us copy');
      expect(screen.getByLabelText('Link to these answers')).toHaveValue(`${window.location.origin}/?id=nie&lang=en&v=1`);
      expect(screen.getByLabelText('Link to these answers')).toHaveAttribute('readonly');
    } finally {
      writeText.mockRestore();
    }
  });
});
