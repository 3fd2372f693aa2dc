import { Outlet, useLocation } from 'react-router';
import { redirectFor } from '../../flow';
import { useWizard } from '../../store';
import { Redirect } from './Redirect';

/**
 * Around the flow's routes (`/q/:id`, `/check`, `/result`): a page that may not show for the
 * current answers is replaced by the page the flow's guard names (the same guard the start-up
 * applies before the first render), so the pages themselves never check.
 */
export function FlowGuard() {
  const { pathname } = useLocation();
  const target = useWizard((s) => redirectFor(pathname, s.answers, s.fix));
  return target === undefined ? <Outlet /> : <Redirect to={target} />;
}
