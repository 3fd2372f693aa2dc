import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BackLink, PageHeading } from '../../components';
import { QUESTION_IDS, type QuestionId } from '../../domain';
import { changePagePath, pagePath, previousStep } from '../../flow';
import { onPathAnswers } from '../../rules';
import { useWizard } from '../../store';
import { ShareAnswers } from '../share';
import { optionLabel, questionCheckLabel, usePageTitle } from '../common';

/** `/check`: every on-path answer with a Change link, then "See my plan". */
export function CheckPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const answers = useWizard((s) => s.answers);
  usePageTitle(t('check.title'));


  const onPath = onPathAnswers(answers);
  const rows = QUESTION_IDS.filter((q) => onPath[q] !== undefined);

  function answerText(q: QuestionId) {
    const value = onPath[q];
    if (Array.isArray(value)) {
      if (value.length === 0) return t('tasksNone');
      return (
        <ul className="list">
          {value.map((v) => (
            <li key={v}>{optionLabel(t, q, v)}</li>
          ))}
        </ul>
      );
    }
    return typeof value === 'string' ? optionLabel(t, q, value) : null;
  }

  return (
    <>
      <BackLink to={pagePath(previousStep('check', answers))}>{t('nav.back')}</BackLink>
      <PageHeading>{t('check.title')}</PageHeading>
      <p className="lead">{t('check.lead')}</p>
      <dl className="summary-list">
        {rows.map((q) => {
          const label = questionCheckLabel(t, q);
          return (
            <div className="summary-list__row" key={q} data-question={q}>
              <dt className="summary-list__key">{label}</dt>
              <dd className="summary-list__value">{answerText(q)}</dd>
              <dd className="summary-list__actions">
                <Link to={changePagePath(q)} aria-label={t('check.changeHidden', { question: label })}>
                  {t('check.change')}
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
      <button type="button" className="button" onClick={() => void navigate(pagePath('result'))}>
        {t('check.seePlan')}
      </button>
      <ShareAnswers />
    </>
  );
}
