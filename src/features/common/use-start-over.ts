import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useWizardActions } from '../../store';

/** The location state the start page reads to say "Your answers have been cleared." */
export interface ClearedState {
  readonly cleared: true;
}

export function isClearedState(state: unknown): state is ClearedState {
  return typeof state === 'object' && state !== null && (state as { cleared?: unknown }).cleared === true;
}

/** Clears every answer and tick, then goes to the start page. */
export function useStartOver(): () => void {
  const { reset } = useWizardActions();
  const navigate = useNavigate();
  return useCallback(() => {
    // Navigate first: both updates land in one render (the router runs without transitions),
    // so the page being left never sees the empty answers and never redirects.
    void navigate('/', { state: { cleared: true } satisfies ClearedState });
    reset();
  }, [reset, navigate]);
}
