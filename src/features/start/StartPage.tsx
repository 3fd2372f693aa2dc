import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../components';
import { FIRST_STEPS, fixPagePath, fixResumePage, pagePath, resumePage } from '../../flow';
import { useWizard } from '../../store';
import { isClearedState, usePageTitle, useStartOver } from '../common';

/** `/`: what the wizard does, what to have at hand, how long it takes; resume or start. */
export function StartPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const answers = useWizard((s) => s.answers);
  const fix = useWizard((s) => s.fix);
  const hasMain = useWizard((s) => Object.keys(s.answers).length > 0 || s.ticks.length > 0);
  const hasData = hasMain || Object.keys(fix).length > 0;
  const startOver = useStartOver();
  usePageTitle(t('start.title'));

  // Continue where the user stopped: the main flow, or the fix path when only it has answers.
  const resumeTo = hasMain ? pagePath(resumePage(answers)) : fixPagePath(fixResumePage(fix));

  return (
    <>
      {isClearedState(location.state) && !hasData ? (
        <div className="notice" role="status">
          {t('start.cleared')}
        </div>
      ) : null}
      <PageHeading>{t('start.title')}</PageHeading>
      <p className="lead">{t('start.lead')}</p>

      {hasData ? (
        <section className="panel" aria-labelledby="resume-title">
          <h2 id="resume-title">{t('start.resumeTitle')}</h2>
          <p>{t('start.resumeBody')}</p>
          <div className="button-group">
            <Link className="button" to={resumeTo}>
              {t('start.continueButton')}
            </Link>
            <button type="button" className="button button--secondary" onClick={startOver}>
              {t('start.startOverButton')}
            </button>
          </div>
        </section>
      ) : null}

      <h2>{t('start.whoTitle')}</h2>
      <p>{t('start.who')}</p>
      <p>{t('start.minors')}</p>

      <h2>{t('start.haveTitle')}</h2>
      <ul className="list list--bullet">
        <li>{t('start.have.document')}</li>
        <li>{t('start.have.phone')}</li>
        <li>{t('start.have.tasks')}</li>
      </ul>

      <h2>{t('start.timeTitle')}</h2>
      <p>{t('start.time')}</p>

      <h2>{t('start.privacyTitle')}</h2>
      <p>{t('start.privacy')}</p>

      <section className="start-ways" aria-labelledby="ways-title">
        <h2 id="ways-title">{t('start.waysTitle')}</h2>
        <div className="start-ways__options">
          <div className="panel" data-way="get">
            <h3>{t('start.getTitle')}</h3>
            <p>{t('start.getBody')}</p>
            {hasMain ? null : (
              <p>
                <Link className="button button--start" to={pagePath(FIRST_STEPS[0])}>
                  {t('start.startButton')}
                </Link>
              </p>
            )}
          </div>
          <div className="panel" data-way="fix">
            <h3>{t('start.fixTitle')}</h3>
            <p>{t('start.fixBody')}</p>
            <p>
              <Link className="button button--secondary" to={fixPagePath('problem')}>
                {t('start.fixButton')}
              </Link>
            </p>
          </div>
        </div>
      </section>
    </>
  );
}
