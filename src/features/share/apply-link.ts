/**
 * Applies a shared link once, at start-up, before the first render: a link with answers replaces
 * the stored ones (a fresh start, never a merge, even when none of its answers can be used or it
 * is too long to read), `lang` becomes the language
 * choice, unusable parameters become a notice, and the address bar is rewritten in place to
 * the first unanswered question on the path (or /result) without the applied parameters.
 *
 * Why before the first render and not in an effect: the router then starts on the right page
 * with the right answers. Nothing flashes, no page redirects on stale answers, and no
 * navigation happens, so focus is never moved on load (which would make an embedding page jump).
 */
import type { StoreApi } from 'zustand/vanilla';
import { LANGUAGES } from '../../i18n';
import { applyLink, parseLink, stripAppliedParams, type LinkApplication } from '../../share';
import type { WizardStore } from '../../store';
import { setLinkNotice } from './notice-store';

export interface LinkEnvironment {
  readonly location: Pick<Location, 'search' | 'href'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
}

/** Returns what was applied, or undefined when the address carries none of our parameters. */
export function applyLinkOnStartup(
  store: StoreApi<WizardStore>,
  env: LinkEnvironment = window,
  languages: readonly string[] = LANGUAGES,
): LinkApplication | undefined {
  const parsed = parseLink(env.location.search, { languages, pathname: new URL(env.location.href).pathname });
  if (!parsed.isOurs) return undefined;
  const actions = store.getState();
  const application = applyLink(parsed, { answers: actions.answers, ticks: actions.ticks, fix: actions.fix });
  if (application.fix !== undefined) actions.replaceFixAnswers(application.fix);
  else if (application.answers !== undefined) actions.replaceAnswers(application.answers);
  if (application.lang !== undefined) actions.setLanguage(application.lang);
  setLinkNotice(application.notice);

  const rest = new URL(stripAppliedParams(env.location.href), 'http://relative.invalid');
  const path = application.path ?? rest.pathname;
  env.history.replaceState(env.history.state, '', `${path}${rest.search}${rest.hash}`);
  return application;
}
