import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BackLink, PageHeading } from '../../components';
import { FIX_QUESTION_IDS } from '../../domain';
import { changeFixPagePath, fixPagePath, fixPreviousStep } from '../../flow';
import { onFixPathAnswers } from '../../rules';
import { useWizard } from '../../store';
import { FIX_WORDS, optionLabel, questionCheckLabel, usePageTitle } from '../common';
import { ShareAnswers } from '../share';

/** `/fix/check`: the fix path's answers with Change links (only on paths of more than two questions). */
export function FixCheckPage() {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('fix');
  const navigate = useNavigate();
  const fix = useWizard((s) => s.fix);
  usePageTitle(t('check.title'));
  const onPath = onFixPathAnswers(fix);
  const previous = fixPreviousStep('check', fix);
  return (
    <>
      <BackLink to={fixPagePath(previous === 'start' ? 'problem' : previous)}>{t('nav.back')}</BackLink>
      <PageHeading>{t('check.title')}</PageHeading>
      <p className="lead">{tf('page.checkLead')}</p>
      <dl className="summary-list">
        {FIX_QUESTION_IDS.filter((q) => onPath[q] !== undefined).map((q) => {
          const label = questionCheckLabel(t, q, FIX_WORDS);
          return (
            <div className="summary-list__row" key={q} data-question={q}>
              <dt className="summary-list__key">{label}</dt>
              <dd className="summary-list__value">{optionLabel(t, q, onPath[q] ?? '', FIX_WORDS)}</dd>
              <dd className="summary-list__actions">
                <Link to={changeFixPagePath(q)} aria-label={t('check.changeHidden', { question: label })}>
                  {t('check.change')}
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
      <button type="button" className="button" onClick={() => void navigate(fixPagePath('result'))}>
        {tf('page.seeFix')}
      </button>
      <ShareAnswers path="fix" />
    </>
  );
}
