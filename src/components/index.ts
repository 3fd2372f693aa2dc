/** Presentational primitives: no store, no flow; words come in as props. */
export { BackLink } from './BackLink';
export { ChoiceField, optionId, type ChoiceFieldProps, type ChoiceOption } from './ChoiceField';
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from './ErrorSummary';
export { PageHeading } from './PageHeading';
export { ProgressIndicator, type ProgressIndicatorProps } from './ProgressIndicator';
