import type { TFunction } from 'i18next';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkNie, checkSoporte, type NieCheck, type SoporteCheck, type SoporteDocument } from '../../domain/id-formats';

/**
 * Optional format checks on the `doc` step (docs/questions.md#format-helpers-on-the-doc-step,
 * docs/facts.md#12-id-formats): the NIE's control letter and the número de soporte's shape.
 * They warn, never block.
 *
 * PRIVACY: the numbers live in this component's state only. The inputs have no `name` (so no
 * form ever submits them), autocomplete is off, and nothing here touches the store, the URL,
 * storage, the console or postMessage. tests/ui/format-helpers.test.tsx proves it.
 */
export function FormatHelpers({ doc }: { readonly doc: string | undefined }) {
  const { t } = useTranslation();
  const soporteDoc: SoporteDocument = doc === 'tie' || doc === 'eu-cert' ? doc : undefined;
  return (
    <details className="details">
      <summary className="details__summary">{t('formatHelp.summary')}</summary>
      <div className="details__body">
        <p>{t('formatHelp.intro')}</p>
        <NieField />
        <SoporteField doc={soporteDoc} />
      </div>
    </details>
  );
}

type Tone = 'ok' | 'warn';

function nieMessage(t: TFunction, check: NieCheck): { text: string; tone: Tone } {
  switch (check.kind) {
    case 'empty':
      return { text: t('formatHelp.nie.empty'), tone: 'warn' };
    case 'valid':
      return check.reformatted
        ? { text: t('formatHelp.nie.validReformatted', { value: check.normalised }), tone: 'ok' }
        : { text: t('formatHelp.nie.valid'), tone: 'ok' };
    case 'wrong-letter':
      return { text: t('formatHelp.nie.wrongLetter', { expected: check.expected }), tone: 'warn' };
    case 'missing-letter':
      return { text: t('formatHelp.nie.missingLetter', { expected: check.expectedFull }), tone: 'warn' };
    case 'looks-like-dni':
      return { text: t(check.valid ? 'formatHelp.nie.dniValid' : 'formatHelp.nie.dniInvalid'), tone: 'warn' };
    case 'looks-like-soporte':
      return { text: t('formatHelp.nie.soporte'), tone: 'warn' };
    case 'bad-format':
      return { text: t('formatHelp.nie.badFormat'), tone: 'warn' };
  }
}

function soporteMessage(t: TFunction, check: SoporteCheck): { text: string; tone: Tone } {
  switch (check.kind) {
    case 'empty':
      return { text: t('formatHelp.soporte.empty'), tone: 'warn' };
    case 'valid':
      return check.reformatted
        ? { text: t('formatHelp.soporte.validReformatted', { value: check.normalised }), tone: 'ok' }
        : { text: t('formatHelp.soporte.valid'), tone: 'ok' };
    case 'padded':
      return { text: t('formatHelp.soporte.padded', { value: check.suggestion }), tone: 'ok' };
    case 'wrong-prefix':
      return {
        text: t(check.expectedPrefix === 'E' ? 'formatHelp.soporte.wrongPrefixE' : 'formatHelp.soporte.wrongPrefixC'),
        tone: 'warn',
      };
    case 'looks-like-nie':
      return { text: t('formatHelp.soporte.nie'), tone: 'warn' };
    case 'needs-prefix':
      return { text: t('formatHelp.soporte.needsPrefix'), tone: 'warn' };
    case 'bad-format':
      return { text: t('formatHelp.soporte.badFormat'), tone: 'warn' };
  }
}

interface CheckFieldProps {
  readonly label: string;
  readonly hint: string;
  readonly onCheck: (value: string) => { text: string; tone: Tone };
}

function CheckField({ label, hint, onCheck }: CheckFieldProps) {
  const { t } = useTranslation();
  const base = useId();
  const inputId = `${base}-input`;
  const hintId = `${base}-hint`;
  const resultId = `${base}-result`;
  const [value, setValue] = useState('');
  // The value last checked; the message is recomputed on render, so it follows the chosen document.
  const [checked, setChecked] = useState<string | null>(null);
  const result = checked === null || checked !== value ? null : onCheck(checked);

  function run(): void {
    setChecked(value);
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    // Enter checks the number; it must not submit the question's form.
    if (event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  }

  return (
    <div className="form-group format-field">
      <label className="label" htmlFor={inputId}>
        {label}
      </label>
      <div id={hintId} className="hint">
        {hint}
      </div>
      <div className="format-field__row">
        <input
          id={inputId}
          className="input"
          type="text"
          inputMode="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={`${hintId} ${resultId}`}
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button button--secondary" onClick={run}>
          {t('formatHelp.check')}
        </button>
      </div>
      <p id={resultId} className={`format-field__result${result === null ? '' : ` format-field__result--${result.tone}`}`} role="status">
        {result === null ? '' : result.text}
      </p>
    </div>
  );
}

function NieField() {
  const { t } = useTranslation();
  return <CheckField label={t('formatHelp.nie.label')} hint={t('formatHelp.nie.hint')} onCheck={(v) => nieMessage(t, checkNie(v))} />;
}

function SoporteField({ doc }: { readonly doc: SoporteDocument }) {
  const { t } = useTranslation();
  const hint =
    doc === 'tie'
      ? t('formatHelp.soporte.hintTie')
      : doc === 'eu-cert'
        ? t('formatHelp.soporte.hintEuCert')
        : t('formatHelp.soporte.hintOther');
  return (
    <CheckField
      label={t('formatHelp.soporte.label')}
      hint={hint}
      onCheck={(v) => soporteMessage(t, checkSoporte(v, doc))}
    />
  );
}
