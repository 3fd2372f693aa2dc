/**
 * A host page in jsdom for public/embed.js: the script runs from its source text, as the page
 * would run it, in the page's own realm.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SCRIPT = readFileSync(resolve(import.meta.dirname, '../../public/embed.js'), 'utf8');
export const WIZARD = 'https://wizard.example';

export interface ScriptTag {
  /** The address the script was loaded from (default: the wizard's /embed.js); null: an inline script. */
  readonly src?: string | null;
  /** data-wizard-origin on the script tag. */
  readonly wizardOrigin?: string;
}

/**
 * Runs the script the way a browser runs `<script src=…>`: jsdom loads no external scripts, so it runs
 * inline while document.currentScript answers with a tag carrying the address it came from.
 */
export function runScript(tag: ScriptTag = {}) {
  const own = document.createElement('script');
  const src = tag.src === undefined ? `${WIZARD}/embed.js` : tag.src;
  if (src !== null) own.src = src;
  if (tag.wizardOrigin !== undefined) own.setAttribute('data-wizard-origin', tag.wizardOrigin);
  const script = document.createElement('script');
  script.textContent = SCRIPT;
  if (src === null && tag.wizardOrigin === undefined) {
    document.body.appendChild(script); // a real inline script: currentScript has no src
    return;
  }
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => own });
  try {
    document.body.appendChild(script);
  } finally {
    Reflect.deleteProperty(document, 'currentScript');
  }
}

export function load(html: string, tag?: ScriptTag): HTMLElement {
  document.body.innerHTML = html;
  runScript(tag);
  const el = document.querySelector<HTMLElement>('[data-clave-wizard]');
  if (!el) throw new Error('no element');
  return el;
}

export function iframeOf(el: HTMLElement): HTMLIFrameElement {
  const iframe = el.querySelector('iframe');
  if (!iframe) throw new Error('no iframe');
  return iframe;
}

export function post(data: unknown, from: { origin?: string; source?: Window | null }) {
  window.dispatchEvent(new MessageEvent('message', { data, origin: from.origin ?? WIZARD, source: from.source ?? null }));
}

/** Runs a snippet in the page's own realm (where the script runs; its console is not the test's). */
export function inPage(code: string): void {
  const script = document.createElement('script');
  script.textContent = code;
  document.head.appendChild(script);
  script.remove();
}

