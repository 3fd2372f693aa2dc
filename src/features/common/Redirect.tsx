import { Navigate } from 'react-router';
import { useRedirectStep } from '../../embed';

/**
 * What a page renders instead of itself when it may not show for the current answers: replaces
 * the address (Back never returns to it) and tells an embedding page nothing about it.
 */
export function Redirect({ to }: { readonly to: string }) {
  useRedirectStep();
  return <Navigate to={to} replace />;
}
