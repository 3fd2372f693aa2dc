/**
 * i18next setup. English is bundled (it is the fallback and the first paint must not wait);
 * every other language is its own lazily loaded chunk per namespace.
 * Language choice: `lang` parameter, then a saved choice, then the browser, then English.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enUi from '../../content/locales/en/ui.json';
import enQuestions from '../../content/locales/en/questions.json';
import enPlan from '../../content/locales/en/plan.json';
import enResult from '../../content/locales/en/result.json';
import enAgent from '../../content/locales/en/agent.json';
import enFix from '../../content/locales/en/fix.json';

export const NAMESPACES = ['ui', 'questions', 'plan', 'result', 'agent', 'fix'] as const;

type Loader = () => Promise<{ default: Record<string, unknown> }>;
const lazyLocales = import.meta.glob<{ default: Record<string, unknown> }>('../../content/locales/*/*.json');

/** Languages with a locale folder, English first. */
export const LANGUAGES: readonly string[] = [
  'en',
  ...new Set(
    Object.keys(lazyLocales)
      .map((path) => /locales\/([a-z]{2})\//.exec(path)?.[1])
      .filter((lng): lng is string => lng !== undefined && lng !== 'en'),
  ),
].sort((x, y) => (x === 'en' ? -1 : y === 'en' ? 1 : x.localeCompare(y)));

export function isLanguage(value: unknown): value is string {
  return typeof value === 'string' && LANGUAGES.includes(value);
}

/** The first supported language among the candidates (exact, then base language: es-MX → es), else English. */
export function pickLanguage(candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const lower: string = candidate.toLowerCase();
    const base = lower.split('-')[0];
    if (LANGUAGES.includes(lower)) return lower;
    if (base !== undefined && LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

async function loadLanguage(instance: i18n, lng: string): Promise<void> {
  if (lng === 'en' || instance.hasResourceBundle(lng, 'plan')) return;
  await Promise.all(
    NAMESPACES.map(async (ns) => {
      const loader: Loader | undefined = lazyLocales[`../../content/locales/${lng}/${ns}.json`];
      if (loader === undefined) return;
      const mod = await loader();
      instance.addResourceBundle(lng, ns, mod.default, true, true);
    }),
  );
}

/** A fresh, initialised i18next instance (tests make their own; the app makes one). */
export async function createI18n(lng = 'en'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources: { en: { ui: enUi, questions: enQuestions, plan: enPlan, result: enResult, agent: enAgent, fix: enFix } },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  await changeLanguage(instance, lng);
  return instance;
}

/** Loads the language's chunks first, so the switch never shows half-translated text. */
export async function changeLanguage(instance: i18n, lng: string): Promise<void> {
  const target = isLanguage(lng) ? lng : 'en';
  await loadLanguage(instance, target);
  await instance.changeLanguage(target);
}

/** A language's own name ("Deutsch"), from the browser's Intl data: no word to translate. */
export function languageName(lng: string): string {
  try {
    const name = new Intl.DisplayNames([lng], { type: 'language' }).of(lng);
    return name === undefined ? lng : name.charAt(0).toLocaleUpperCase(lng) + name.slice(1);
  } catch {
    return lng;
  }
}
