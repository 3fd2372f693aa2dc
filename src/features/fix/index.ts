/** The "I already have Cl@ve" path: its question pages, check page and the fix. */
export { FixQuestionPage } from './FixQuestionPage';
export { FixCheckPage } from './FixCheckPage';
export { FixResultPage } from './FixResultPage';
