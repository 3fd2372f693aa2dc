import type { ReactNode } from 'react';

export interface ChoiceInputProps {
  readonly type: 'radio' | 'checkbox';
  readonly id: string;
  /** radios of one group share a name; a lone checkbox needs none */
  readonly name?: string | undefined;
  readonly value: string;
  readonly checked: boolean;
  readonly describedBy?: string | undefined;
  readonly onChange: (checked: boolean) => void;
  /** the label */
  readonly children: ReactNode;
  /** shown under the label, tied to the input with aria-describedby by the caller */
  readonly after?: ReactNode;
}

/** One radio or checkbox with its label, styled as a large touch target (the `choice` pattern). */
export function ChoiceInput({ type, id, name, value, checked, describedBy, onChange, children, after }: ChoiceInputProps) {
  return (
    <div className="choice">
      <input
        className="choice__input"
        id={id}
        name={name}
        type={type}
        value={value}
        checked={checked}
        aria-describedby={describedBy}
        onChange={(event) => {
          onChange(event.currentTarget.checked);
        }}
      />
      <label className="choice__label" htmlFor={id}>
        {children}
      </label>
      {after}
    </div>
  );
}
