import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** id of the field to focus (the first radio or checkbox of the group) */
  readonly targetId: string;
  readonly text: string;
}

export interface ErrorSummaryProps {
  readonly title: string;
  readonly errors: readonly ErrorSummaryItem[];
  /** changes each time the user submits again, so focus returns to the summary */
  readonly attempt: number;
}

/**
 * GOV.UK-style error summary: shown at the top of the page after a failed Continue, focused
 * (so screen readers read it at once), each error a link to its field.
 */
export function ErrorSummary({ title, errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.targetId}>
            <a
              href={`#${error.targetId}`}
              onClick={(event) => {
                // Focus the field itself (a plain #hash jump scrolls but does not focus, and adds a history entry).
                event.preventDefault();
                const target = document.getElementById(error.targetId);
                if (target !== null) {
                  target.focus();
                  target.closest('fieldset')?.scrollIntoView({ block: 'start' });
                }
              }}
            >
              {error.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
