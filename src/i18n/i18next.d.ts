/** Typed keys: a wrong key such as t('plan:routes.nope.name') fails the type-check. English is the source locale. */
import 'i18next';
import type ui from '../../content/locales/en/ui.json';
import type questions from '../../content/locales/en/questions.json';
import type plan from '../../content/locales/en/plan.json';
import type result from '../../content/locales/en/result.json';
import type agent from '../../content/locales/en/agent.json';
import type fix from '../../content/locales/en/fix.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui; questions: typeof questions; plan: typeof plan; result: typeof result; agent: typeof agent; fix: typeof fix };
  }
}
