export { ClearAnswersButton } from './ClearAnswersButton';
export { ErrorPage } from './ErrorPage';
export { LanguageSwitcher } from './LanguageSwitcher';
export { NotFoundPage } from './NotFoundPage';
export { FlowGuard } from './FlowGuard';
export { Redirect } from './Redirect';
export { FIX_WORDS, MAIN_WORDS, optionHint, optionLabel, questionCheckLabel, questionHint, questionTitle, type QuestionWords } from './question-text';
export { usePageTitle } from './use-page-title';
export { isClearedState, useStartOver } from './use-start-over';
