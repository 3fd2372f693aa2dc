/** Renders the real routes in a memory router, with a real i18n instance and a fresh store. */
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { vi } from 'vitest';
import { MemoryRouter, useLocation, useNavigate, type Location, type NavigateFunction } from 'react-router';
import type { StateStorage } from 'zustand/middleware';
import { AppProviders } from '../../src/app/AppProviders';
import { AppRoutes } from '../../src/app/AppRoutes';
import type { Answers, ChecklistItemId, FixAnswers } from '../../src/domain';
import { createI18n } from '../../src/i18n';
import { createSafeStorage, createWizardStore } from '../../src/store';
import { WORKED_EXAMPLES } from '../fixtures/worked-examples';

// Whole-app renders with user-event take about a second each; on a loaded 2-core CI machine the
// default 5 s per test is too tight. Applies to every test file that imports this helper.
vi.setConfig({ testTimeout: 20_000 });

/** Worked example 1 (docs/rules.md#worked-examples): the invitation letter. */
export const EXAMPLE_1: Answers = WORKED_EXAMPLES['letter-mallorca'];

function LocationProbe({ onChange }: { onChange: (location: Location, navigate: NavigateFunction) => void }) {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    onChange(location, navigate);
  }, [location, navigate, onChange]);
  return null;
}

export interface RenderAppOptions {
  answers?: Answers;
  /** Answers of the fix path ("I already have Cl@ve"), stored after the main ones. */
  fix?: FixAnswers;
  ticks?: ChecklistItemId[];
  storage?: StateStorage;
}

export async function renderApp(path: string | string[], options: RenderAppOptions = {}) {
  const i18n = await createI18n('en');
  const store = createWizardStore({ storage: options.storage ?? createSafeStorage(() => window.localStorage) });
  if (options.answers !== undefined) store.getState().replaceAnswers(options.answers);
  for (const [id, value] of Object.entries(options.fix ?? {})) store.getState().setFixAnswer(id as keyof FixAnswers, value as never);
  for (const tick of options.ticks ?? []) store.getState().toggleTick(tick);
  let current: Location | undefined;
  let navigateTo: NavigateFunction | undefined;
  const user = userEvent.setup();
  const view = render(
    <AppProviders i18n={i18n} store={store}>
      <MemoryRouter initialEntries={Array.isArray(path) ? path : [path]} useTransitions={false}>
        <AppRoutes />
        <LocationProbe
          onChange={(location, navigate) => {
            current = location;
            navigateTo = navigate;
          }}
        />
      </MemoryRouter>
    </AppProviders>,
  );
  /** The current path with its query, e.g. "/q/doc?change=1". */
  const where = () => (current === undefined ? '' : `${current.pathname}${current.search}`);
  /** The browser's Back button. */
  const goBack = () => {
    act(() => {
      void navigateTo?.(-1);
    });
  };
  return { ...view, store, user, i18n, where, goBack };
}
