import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgentPage } from '../../../src/features/agent';
import { embedSnippet } from '../../../src/features/agent/snippet';
import { createSafeStorage, createWizardStore, STORAGE_KEY } from '../../../src/store';
import { renderWithApp } from './render';

const BASE = `${window.location.origin}/`;

function linkField(): HTMLTextAreaElement {
  return screen.getByTestId('agent-link');
}

function fieldset(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`fieldset[data-question="${id}"]`);
  if (element === null) throw new Error(`no fieldset for ${id}`);
  return element;
}

function option(id: string, value: string): HTMLInputElement {
  const input = fieldset(id).querySelector<HTMLInputElement>(`input[value="${value}"]`);
  if (input === null) throw new Error(`no option ${id}=${value}`);
  return input;
}

describe('AgentPage', () => {
  it('starts with every question "not set" and a link with no answers', async () => {
    await renderWithApp(<AgentPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Prepare a link for a client' })).toBeInTheDocument();
    for (const id of ['id', 'doc', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'visit', 'computer', 'fiscal', 'island']) {
      expect(option(id, 'unset')).toBeChecked();
    }
    expect(linkField().value).toBe(`${BASE}?v=1`);
    expect(screen.getByTestId('agent-opens')).toHaveTextContent('starts at the beginning');
  });

  it('writes the chosen answers into the live link, in question order', async () => {
    const { user } = await renderWithApp(<AgentPage />);
    await user.click(option('island', 'ibiza'));
    await user.click(option('id', 'nie'));
    expect(screen.getByTestId('agent-opens')).toHaveTextContent('Which document shows');
    await user.click(option('tasks', 'sign'));
    await user.click(option('tasks', 'tax'));
    expect(option('tasks', 'set')).toBeChecked();
    expect(linkField().value).toBe(`${BASE}?id=nie&tasks=tax,sign&island=ibiza&v=1`);

    await user.click(option('tasks', 'unset'));
    expect(linkField().value).toBe(`${BASE}?id=nie&island=ibiza&v=1`);
    await user.click(option('tasks', 'set'));
    expect(linkField().value).toBe(`${BASE}?id=nie&tasks=&island=ibiza&v=1`);
    await user.click(option('id', 'unset'));
    expect(linkField().value).toBe(`${BASE}?tasks=&island=ibiza&v=1`);
  });

  it('warns about answers the link will not use and leaves them out', async () => {
    const { user } = await renderWithApp(<AgentPage />);
    await user.click(option('id', 'dni'));
    await user.click(option('doc', 'tie'));
    const warning = screen.getByTestId('agent-off-path');
    expect(within(warning).getByRole('listitem')).toHaveTextContent('Which document');
    expect(linkField().value).toBe(`${BASE}?id=dni&v=1`);
  });

  it('adds the language and, in embed mode only, the embed options', async () => {
    const { user } = await renderWithApp(<AgentPage />);
    await user.selectOptions(screen.getByLabelText("Your client's language"), 'en');
    await user.type(screen.getByLabelText(/Accent colour/), '#ABC');
    await user.type(screen.getByLabelText(/Frame name/), 'agency-1');
    expect(linkField().value).toBe(`${BASE}?lang=en&v=1`);
    await user.click(screen.getByLabelText(/Embed mode/));
    expect(linkField().value).toBe(`${BASE}?lang=en&embed=1&accent=aabbcc&frame=agency-1&v=1`);
    expect(screen.getByTestId('agent-snippet')).toHaveValue(
      `<div data-clave-wizard data-answers="v=1" data-lang="en" data-accent="#aabbcc"></div>\n<script src="${BASE}embed.js" async></script>`,
    );
  });

  it('names invalid embed values and keeps them out of the link', async () => {
    const { user } = await renderWithApp(<AgentPage />);
    await user.click(screen.getByLabelText(/Embed mode/));
    await user.type(screen.getByLabelText(/Accent colour/), 'green');
    await user.type(screen.getByLabelText(/Frame name/), 'no spaces');
    expect(screen.getByLabelText(/Accent colour/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/Accent colour/)).toHaveAccessibleDescription(/3 or 6 hexadecimal digits/);
    expect(screen.getByLabelText(/Frame name/)).toHaveAccessibleDescription(/64 letters/);
    expect(linkField().value).toBe(`${BASE}?embed=1&v=1`);
  });

  it('copies the link and the embed code in one click each', async () => {
    const { user } = await renderWithApp(<AgentPage />);
    await user.click(option('id', 'nie'));
    await user.click(screen.getByRole('button', { name: 'Copy the link' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(`${BASE}?id=nie&v=1`);
    await user.click(screen.getByRole('button', { name: 'Copy the embed code' }));
    expect(await screen.findByText('Embed code copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toContain('data-answers="id=nie&amp;v=1"');
  });

  it('draws the QR code of the link, downloadable as SVG', async () => {
    await renderWithApp(<AgentPage />);
    expect(screen.getByRole('img', { name: 'QR code of the link for your client' })).toBeInTheDocument();
    const download = screen.getByRole('link', { name: 'Download the QR code (SVG)' });
    expect(download).toHaveAttribute('download', 'clave-wizard-link.svg');
    expect(decodeURIComponent(download.getAttribute('href') ?? '')).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  });

  it('"New client" clears the form, the store and this device\'s storage', async () => {
    const { user, store } = await renderWithApp(<AgentPage />, { answers: { id: 'dni', app: 'yes' } });
    localStorage.setItem('something-else', '1');
    await user.click(option('work', 'company'));
    await user.selectOptions(screen.getByLabelText("Your client's language"), 'en');
    await user.click(screen.getByRole('button', { name: 'New client' }));
    expect(store.getState().answers).toEqual({});
    // Only the wizard's own key is left, holding the new, empty set of answers the other tabs adopt.
    expect(Object.keys(localStorage)).toEqual([STORAGE_KEY]);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ state: { answers: {}, ticks: [] } });
    expect(option('work', 'unset')).toBeChecked();
    expect(linkField().value).toBe(`${BASE}?v=1`);
    expect(screen.getByText(/^Cleared\./)).toBeInTheDocument();
  });

  it('"New client" in another tab empties the form in this one', async () => {
    const { user, store } = await renderWithApp(<AgentPage />);
    await user.click(option('work', 'company'));
    expect(linkField().value).toContain('work=company');
    const otherTab = createWizardStore({ storage: createSafeStorage(() => localStorage) });
    localStorage.clear();
    otherTab.getState().reset();
    act(() => {
      void store.persist.rehydrate(); // what the storage event makes this tab do
    });
    expect(option('work', 'unset')).toBeChecked();
    expect(linkField().value).toBe(`${BASE}?v=1`);
    expect(screen.queryByText(/^Cleared\./)).toBeNull(); // that was the other tab
  });
});

describe('AgentPage: fix links ("I already have Cl@ve")', () => {
  it('prepares a fix link with only the questions the problem asks, and where it lands', async () => {
    const { user } = await renderWithApp(<AgentPage />);
    await user.click(screen.getByRole('radio', { name: /^Fixing a problem/ }));
    expect(document.querySelector('fieldset[data-question="work"]')).toBeNull();
    expect(option('fix:problem', 'unset')).toBeChecked();
    expect(linkField().value).toBe(`${BASE}fix?v=1`);
    expect(screen.getByTestId('agent-opens')).toHaveTextContent('What went wrong');

    await user.click(option('fix:problem', 'new-number'));
    await user.click(option('fix:cert', 'no'));
    await user.click(option('fix:oldsms', 'yes')); // asked for a new phone only
    expect(within(screen.getByTestId('agent-off-path')).getByRole('listitem')).toHaveTextContent(/SMS/);
    expect(linkField().value).toBe(`${BASE}fix?problem=new-number&cert=no&v=1`);
    expect(screen.getByTestId('agent-opens')).toHaveTextContent(/office/i);

    await user.click(option('fix:visit', 'no'));
    expect(screen.getByTestId('agent-opens')).toHaveTextContent('sees the fix straight away');
    expect(screen.getByRole('img', { name: 'QR code of the link for your client' })).toBeInTheDocument();
  });

  it('embeds at the fix path: the snippet opens /fix with the fix answers', async () => {
    const { user } = await renderWithApp(<AgentPage />);
    await user.click(screen.getByRole('radio', { name: /^Fixing a problem/ }));
    await user.click(option('fix:problem', 'password'));
    expect(screen.getByTestId('agent-snippet')).toHaveValue(
      `<div data-clave-wizard data-src="${BASE}fix" data-answers="problem=password&amp;v=1"></div>\n<script src="${BASE}embed.js" async></script>`,
    );
  });

  it('keeps each path\'s answers apart: switching back restores the main link', async () => {
    const { user } = await renderWithApp(<AgentPage />);
    await user.click(option('id', 'nie'));
    await user.click(screen.getByRole('radio', { name: /^Fixing a problem/ }));
    await user.click(option('fix:problem', 'change-email'));
    expect(linkField().value).toBe(`${BASE}fix?problem=change-email&v=1`);
    await user.click(screen.getByRole('radio', { name: /^Getting Cl@ve/ }));
    expect(linkField().value).toBe(`${BASE}?id=nie&v=1`);
  });
});

describe('embedSnippet', () => {
  it('escapes attribute values', () => {
    expect(embedSnippet({ base: 'https://w.example/', answers: 'id=nie&v=1', lang: '"><x' })).toBe(
      '<div data-clave-wizard data-answers="id=nie&amp;v=1" data-lang="&quot;&gt;&lt;x"></div>\n<script src="https://w.example/embed.js" async></script>',
    );
  });
});
