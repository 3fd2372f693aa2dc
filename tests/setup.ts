// Shared by both Vitest projects; the DOM part runs only where a DOM exists (the jsdom project).
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

if (typeof window !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  const { dismissLinkNotice } = await import('../src/features/share/notice-store');
  const clipboard = installDomStubs();

  // Without `globals: true` Testing Library does not clean up by itself. Test files share their
  // modules (isolate: false), so module-level state is reset here too: the link notice store.
  afterEach(() => {
    cleanup();
    dismissLinkNotice();
    localStorage.clear();
    sessionStorage.clear();
    clipboard.reset();
  });
}

/** jsdom 29 lacks these browser APIs; the stubs are inert but let components call them. */
function installDomStubs() {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    // Untyped on purpose: the legacy addListener/removeListener that older libraries call are deprecated.
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });

  class ResizeObserverStub implements ResizeObserver {
    observe() {
      /* no layout in jsdom */
    }
    unobserve() {
      /* no layout in jsdom */
    }
    disconnect() {
      /* no layout in jsdom */
    }
  }
  Object.defineProperty(window, 'ResizeObserver', { configurable: true, writable: true, value: ResizeObserverStub });

  // jsdom's scrollTo only logs "Not implemented"; scrollIntoView is missing.
  Object.defineProperty(window, 'scrollTo', { configurable: true, writable: true, value: () => undefined });
  Object.defineProperty(Element.prototype, 'scrollIntoView', {
    configurable: true,
    writable: true,
    value: () => undefined,
  });

  let text = '';
  const clipboard = {
    writeText: (value: string) => {
      text = value;
      return Promise.resolve();
    },
    readText: () => Promise.resolve(text),
  };
  // Configurable so @testing-library/user-event can swap in its own clipboard.
  Object.defineProperty(navigator, 'clipboard', { configurable: true, writable: true, value: clipboard });

  return {
    reset: () => {
      text = '';
    },
  };
}
