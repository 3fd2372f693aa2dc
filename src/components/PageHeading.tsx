import type { ReactNode } from 'react';

/** The page's h1: focusable by script (tabIndex -1) so focus can move to it after navigation. */
export function PageHeading({ children }: { readonly children: ReactNode }) {
  return (
    <h1 className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
