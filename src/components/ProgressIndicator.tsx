export interface ProgressIndicatorProps {
  readonly index: number;
  readonly total: number;
  /** "Question 3 of about 9" */
  readonly label: string;
}

/** Text first (read by everyone), plus a decorative bar hidden from assistive technology. */
export function ProgressIndicator({ index, total, label }: ProgressIndicatorProps) {
  const percent = total > 0 ? Math.min(100, Math.round((index / total) * 100)) : 0;
  return (
    <div className="progress">
      <p className="progress__label">{label}</p>
      <div className="progress__bar" aria-hidden="true">
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
