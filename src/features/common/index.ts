export { ClearAnswersButton } from './ClearAnswersButton';
export { ErrorPage, type ErrorPageProps } from './ErrorPage';
export { LanguageSwitcher } from './LanguageSwitcher';
export { NotFoundPage } from './NotFoundPage';
export { Redirect } from './Redirect';
export { changePath, CHANGE_PARAM, stepPath } from './paths';
export { optionHint, optionLabel, questionCheckLabel, questionHint, questionTitle } from './question-text';
export { usePageTitle } from './use-page-title';
export { isClearedState, useStartOver, type ClearedState } from './use-start-over';
