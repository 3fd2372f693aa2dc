import type { ReactNode } from 'react';
import { ChoiceInput } from './ChoiceInput';

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string | undefined;
}

export interface ChoiceFieldProps {
  /** the question id: names the inputs and prefixes every element id */
  readonly name: string;
  readonly multiple: boolean;
  /** the question, rendered as the page's h1 inside the legend */
  readonly legend: string;
  readonly hint?: string | undefined;
  /** the inline error message, already prefixed for screen readers by `errorPrefix` */
  readonly error?: string | undefined;
  readonly errorPrefix: string;
  readonly options: readonly ChoiceOption[];
  readonly selected: readonly string[];
  readonly onChange: (values: string[]) => void;
  /** extra content at the end of the fieldset */
  readonly children?: ReactNode;
}

/** The id of one option's input: the error summary links to the first one. */
export function optionId(name: string, index: number): string {
  return index === 0 ? name : `${name}-${index + 1}`;
}

/**
 * One question as a fieldset whose legend is the page's h1; radios (single choice) or
 * checkboxes (several). Hint and error are tied to the fieldset with aria-describedby.
 */
export function ChoiceField(props: ChoiceFieldProps) {
  const { name, multiple, legend, hint, error, errorPrefix, options, selected, onChange, children } = props;
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hint === undefined ? undefined : hintId, error === undefined ? undefined : errorId]
    .filter((id) => id !== undefined)
    .join(' ');
  return (
    <div className={error === undefined ? 'form-group' : 'form-group form-group--error'}>
      <fieldset className="fieldset" aria-describedby={describedBy === '' ? undefined : describedBy}>
        <legend className="fieldset__legend">
          <h1 className="fieldset__heading" tabIndex={-1}>
            {legend}
          </h1>
        </legend>
        {hint === undefined ? null : (
          <div id={hintId} className="hint">
            {hint}
          </div>
        )}
        {error === undefined ? null : (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">{errorPrefix} </span>
            {error}
          </p>
        )}
        <div className={multiple ? 'choices choices--checkboxes' : 'choices choices--radios'}>
          {options.map((option, index) => {
            const id = optionId(name, index);
            const optionHintId = `${id}-item-hint`;
            const checked = selected.includes(option.value);
            return (
              <ChoiceInput
                key={option.value}
                type={multiple ? 'checkbox' : 'radio'}
                id={id}
                name={name}
                value={option.value}
                checked={checked}
                describedBy={option.hint === undefined ? undefined : optionHintId}
                onChange={(nowChecked) => {
                  if (!multiple) onChange([option.value]);
                  else if (nowChecked) onChange([...selected.filter((v) => v !== option.value), option.value]);
                  else onChange(selected.filter((v) => v !== option.value));
                }}
                after={
                  option.hint === undefined ? null : (
                    <div id={optionHintId} className="hint choice__hint">
                      {option.hint}
                    </div>
                  )
                }
              >
                {option.label}
              </ChoiceInput>
            );
          })}
        </div>
        {children}
      </fieldset>
    </div>
  );
}
