/**
 * What the app needs before its first render: the store (hydrated from localStorage, or memory)
 * and an i18n instance in the right language: `lang` parameter, then the saved choice, then
 * the browser, then English. A shared link is applied here, before the first render.
 */
import type { i18n as I18n } from 'i18next';
import type { StoreApi } from 'zustand/vanilla';
import { applyLinkOnStartup } from '../features/share';
import { redirectFor } from '../flow';
import { createI18n, pickLanguage } from '../i18n';
import { createWizardStore, followOtherTabs, type WizardStore } from '../store';

export interface Booted {
  readonly i18n: I18n;
  readonly store: StoreApi<WizardStore>;
}

export async function bootstrap(search: string, browserLanguages: readonly string[]): Promise<Booted> {
  const store = createWizardStore();
  // Answers, ticks and clears made in other tabs reach this one (for the life of the page).
  followOtherTabs(store);
  const lang = new URLSearchParams(search).get('lang');
  // A shared link replaces the stored answers (never merges) and rewrites the address in place.
  applyLinkOnStartup(store);
  // A deep link to a page that is not reachable yet: fix the address before the first render.
  const target = redirectFor(window.location.pathname, store.getState().answers, store.getState().fix);
  if (target !== undefined) {
    window.history.replaceState(window.history.state, '', `${target}${window.location.search}${window.location.hash}`);
  }
  const language = pickLanguage([lang, store.getState().language, ...browserLanguages]);
  const i18n = await createI18n(language);
  document.documentElement.lang = i18n.language;
  return { i18n, store };
}
