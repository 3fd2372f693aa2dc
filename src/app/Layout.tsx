import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavigationType, Outlet, useLocation, useNavigationType } from 'react-router';
import { ClearAnswersButton, LanguageSwitcher } from '../features/common';
import { LinkNotice } from '../features/share';
import { useStrayClickGuard } from './stray-clicks';

/**
 * The page frame: skip link, header (name, language, "Clear my answers"), main, footer, and
 * the polite live region that announces each new page.
 *
 * After an in-app navigation (never on the first load, so an embedding page does not jump),
 * focus moves to the new page's h1 and its heading is announced. The rest of a double click that
 * changed the page is dropped (see stray-clicks.ts).
 */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigationType = useNavigationType();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  /** false until the user has navigated (push or pop): redirects on load are still "the first load" */
  const userNavigated = useRef(false);
  const [announcement, setAnnouncement] = useState('');
  useStrayClickGuard();

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (navigationType !== NavigationType.Replace) userNavigated.current = true;
    if (!userNavigated.current) return;
    // Children's effects (page title) have run by now; a redirecting page has no h1 yet.
    const heading = mainRef.current?.querySelector('h1');
    if (heading === null || heading === undefined) return;
    heading.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    setAnnouncement(heading.textContent);
  }, [location.key, navigationType]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-header__name" to="/" aria-label={t('app.homeLink')}>
            {t('app.name')}
          </Link>
          <div className="site-header__tools">
            <LanguageSwitcher />
            <ClearAnswersButton />
          </div>
        </div>
      </header>
      <main id="main" className="page" ref={mainRef} tabIndex={-1}>
        <LinkNotice />
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('footer.privacy')}</p>
          <p>{t('footer.independent')}</p>
        </div>
      </footer>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="route-announcer">
        {announcement}
      </div>
    </div>
  );
}
