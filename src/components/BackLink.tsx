import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The in-app Back link; its target is computed from the flow, never from browser history. */
export function BackLink({ to, children }: { readonly to: string; readonly children: ReactNode }) {
  return (
    <Link className="back-link" to={to}>
      {children}
    </Link>
  );
}
