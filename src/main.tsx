import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import enUi from '../content/locales/en/ui.json';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import './styles/main.css';

const container = document.getElementById('root');
if (container === null) throw new Error('Missing #root element in index.html');
const root = createRoot(container);

// A minimal, accessible loading state while the language loads (English is bundled, so this is brief).
root.render(
  <p className="loading" role="status">
    {enUi.app.loading}
  </p>,
);

bootstrap(window.location.search, navigator.languages.length > 0 ? navigator.languages : [navigator.language])
  .then(({ i18n, store }) => {
    root.render(
      <StrictMode>
        <App i18n={i18n} store={store} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    console.error('Cl@ve Wizard could not start:', error instanceof Error ? error.message : 'unknown error');
    root.render(
      <main className="page">
        <h1>{enUi.errorPage.title}</h1>
        <p>{enUi.errorPage.body}</p>
      </main>,
    );
  });

// Only the production build has a service worker; registering it makes the app work offline after the first visit.
if (import.meta.env.PROD) registerSW({ immediate: true });
