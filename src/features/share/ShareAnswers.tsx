/**
 * "Share these answers" for the check and plan pages: copies a link with the on-path answers
 * (never an NIE or support number: links cannot carry them) and confirms in a live region.
 * When the browser refuses to copy, the link appears in a read-only field to select.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { onFixPathAnswers, onPathAnswers } from '../../rules';
import { buildFixLink, buildLink } from '../../share';
import { useWizard } from '../../store';
import { appBaseUrl, useCopy } from './copy';
import './share.css';

/** `path`: which answers to share — the main flow's, or the fix path's. */
export function ShareAnswers({ path = 'main' }: { readonly path?: 'main' | 'fix' }) {
  const { t, i18n } = useTranslation('agent');
  const answers = useWizard((s) => s.answers);
  const fix = useWizard((s) => s.fix);
  const link = useMemo(
    () =>
      path === 'fix'
        ? buildFixLink(appBaseUrl(), onFixPathAnswers(fix), { lang: i18n.language })
        : buildLink(appBaseUrl(), onPathAnswers(answers), { lang: i18n.language }),
    [path, answers, fix, i18n.language],
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
