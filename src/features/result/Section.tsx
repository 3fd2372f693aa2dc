/** One section of the plan: an h2 and a stable `data-section` hook (plus the ids it shows) for tests and e2e. */
import { useId, type ReactNode } from 'react';

export type SectionName =
  | 'summary'
  | 'blockers'
  | 'login'
  | 'route'
  | 'fnmt'
  | 'checklist'
  | 'warnings'
  | 'next-steps'
  | 'offices'
  | 'capabilities'
  | 'sources'
  | 'fix-steps'
  | 'bring'
  | 'notes';

/** Extra `data-*` attributes carrying the ids the section shows. */
export type DataAttributes = Readonly<Partial<Record<`data-${string}`, string>>>;

interface SectionProps {
  name: SectionName;
  title: string;
  data?: DataAttributes;
  children: ReactNode;
}

export function Section({ name, title, data, children }: SectionProps) {
  const headingId = useId();
  return (
    <section
      id={sectionAnchor(name)}
      className={`plan-section plan-section--${name}`}
      data-section={name}
      aria-labelledby={headingId}
      {...data}
    >
      {/* tabIndex -1: the summary's links move focus here (not a tab stop). */}
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The fragment id of a section, so the summary can link to it. */
export const sectionAnchor = (name: SectionName): string => `plan-${name}`;
