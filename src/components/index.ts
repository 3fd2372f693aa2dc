/** Presentational primitives: no store, no flow; words come in as props. */
export { BackLink } from './BackLink';
export { ChoiceField, optionId } from './ChoiceField';
export { ChoiceInput } from './ChoiceInput';
export { ErrorSummary } from './ErrorSummary';
export { PageHeading } from './PageHeading';
export { ProgressIndicator } from './ProgressIndicator';
