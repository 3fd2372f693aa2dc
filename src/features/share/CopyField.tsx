import { useCopy, type CopyState } from './copy';

function CopyStatus({ state, copied, failed }: { readonly state: CopyState; readonly copied: string; readonly failed: string }) {
  return (
    <p role="status" className="agent-page__status">
      {state === 'copied' ? copied : state === 'failed' ? failed : ''}
    </p>
  );
}

/** A read-only text to copy: the field (selected on focus), a copy button and its status. */
export function CopyField(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly rows: number;
  readonly copyLabel: string;
  readonly copied: string;
  readonly failed: string;
  readonly testId: string;
}) {
  const { state, copy } = useCopy();
  return (
    <div className="form-group">
      <label className="label" htmlFor={props.id}>
        {props.label}
      </label>
      <textarea
        id={props.id}
        className="input input--wide"
        readOnly
        rows={props.rows}
        value={props.value}
        data-testid={props.testId}
        onFocus={(event) => {
          event.currentTarget.select();
        }}
      />
      <p>
        <button type="button" className="button" onClick={() => void copy(props.value)}>
          {props.copyLabel}
        </button>
      </p>
      <CopyStatus state={state} copied={props.copied} failed={props.failed} />
    </div>
  );
}
