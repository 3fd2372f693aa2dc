/**
 * "Share these answers" for the check and plan pages: copies a link with the on-path answers
 * (never an NIE or support number: links cannot carry them) and confirms in a live region.
 * When the browser refuses to copy, the link appears in a read-only field to select.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { onPathAnswers } from '../../rules';
import { buildLink } from '../../share';
import { useWizard } from '../../store';
import { appBaseUrl, useCopy } from './copy';
import './share.css';

export function ShareAnswers() {
  const { t, i18n } = useTranslation('agent');
  const answers = useWizard((s) => s.answers);
  const link = useMemo(
    () => buildLink(appBaseUrl(), onPathAnswers(answers), { lang: i18n.language }),
    [answers, i18n.language],
  );
  const { state, copy } = useCopy();
  return (
    <div className="share-answers" data-testid="share-answers">
      <button type="button" className="button button--secondary" onClick={() => void copy(link)}>
        {t('share.button')}
      </button>
      <p className="hint">{t('share.hint')}</p>
      <p role="status" className="share-answers__status">
        {state === 'copied' ? t('share.copied') : state === 'failed' ? t('share.copyFailed') : ''}
      </p>
      {state === 'failed' ? (
        <div className="form-group">
          <label className="label" htmlFor="share-answers-link">
            {t('share.fieldLabel')}
          </label>
          <input
            id="share-answers-link"
            className="input"
            type="text"
            readOnly
            value={link}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
