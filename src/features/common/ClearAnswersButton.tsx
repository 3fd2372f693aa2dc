import { useTranslation } from 'react-i18next';
import { useWizard } from '../../store';
import { useStartOver } from './use-start-over';

/** "Clear my answers" in the header of every page, shown while there is something to clear. */
export function ClearAnswersButton() {
  const { t } = useTranslation();
  const hasData = useWizard((s) => Object.keys(s.answers).length > 0 || Object.keys(s.fix).length > 0 || s.ticks.length > 0);
  const startOver = useStartOver();
  if (!hasData) return null;
  return (
    <button type="button" className="button button--link" onClick={startOver}>
      {t('nav.clearAnswers')}
    </button>
  );
}
