import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { changeLanguage, languageName, LANGUAGES } from '../../i18n';
import { useWizardActions } from '../../store';

/**
 * Switches the language in place: same page, same answers. Rendered only when there is more
 * than one language to choose from.
 */
export function LanguageSwitcher({ languages = LANGUAGES }: { readonly languages?: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useWizardActions();
  const location = useLocation();
  const navigate = useNavigate();
  if (languages.length < 2) return null;
  const current = i18n.language;

  async function choose(lng: string): Promise<void> {
    await changeLanguage(i18n, lng);
    // Remember what i18n actually switched to (an unknown code falls back to English).
    setLanguage(i18n.language);
    const params = new URLSearchParams(location.search);
    if (params.has('lang')) {
      // A `lang` in the address would win over the choice on reload: keep it in step.
      params.set('lang', lng);
      void navigate({ pathname: location.pathname, search: `?${params.toString()}` }, { replace: true });
    }
  }

  return (
    <nav className="language-switcher" aria-label={t('nav.language')}>
      <ul className="language-switcher__list">
        {languages.map((lng) => (
          <li key={lng}>
            {lng === current ? (
              <span className="language-switcher__current" lang={lng} aria-current="true">
                {languageName(lng)}
              </span>
            ) : (
              <button type="button" className="button button--link" lang={lng} onClick={() => void choose(lng)}>
                {languageName(lng)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
