/** Answer fixtures for the plan page's tests: the eight worked examples, plus a few edge cases. */
import type { Answers } from '../../../src/domain';
import { WORKED_EXAMPLES } from '../../fixtures/worked-examples';

export { WORKED_EXAMPLES };

/** Already holds a certificate: registers online, no alternatives, no office. */
export const WITH_CERTIFICATE: Answers = {
  id: 'nie',
  doc: 'tie',
  phone: 'es',
  app: 'yes',
  cert: 'yes',
  work: 'employee',
  tasks: ['tax', 'health'],
  use: 'occasional',
  island: 'other',
};

/** Cannot visit and has no computer: the letter is the only route, nothing else fits, no office. */
export const NO_VISIT_LETTER: Answers = { ...WORKED_EXAMPLES['letter-mallorca'], doc: 'tie', visit: 'no', computer: 'no' };

/** Runs a company: FNMT is required, in two steps. */
export const COMPANY: Answers = {
  id: 'nie',
  doc: 'tie',
  phone: 'es',
  app: 'yes',
  cert: 'no',
  work: 'company',
  tasks: ['tax', 'notifications'],
  use: 'regular',
  visit: 'yes',
  computer: 'yes',
  fiscal: 'yes',
  island: 'other',
};

/** DNI holder with the app who wants to sign: basic until the video review, then advanced and Cl@ve Firma. */
export const DNI_APP_SIGN: Answers = {
  id: 'dni',
  phone: 'es',
  app: 'yes',
  cert: 'no',
  work: 'employee',
  tasks: ['sign'],
  use: 'occasional',
  island: 'mallorca',
};

/** Wants to sign but can neither visit nor use a computer: the letter (basic), no Cl@ve Firma, no remote route. */
export const LETTER_SIGN: Answers = { ...NO_VISIT_LETTER, tasks: ['sign'] };

/** A company director without a computer: the representative certificate needs one. */
export const COMPANY_NO_COMPUTER: Answers = { ...COMPANY, computer: 'no' };

/** An EU citizen who wants to check an immigration file: not available online to them. */
export const EU_IMMIGRATION: Answers = { ...WORKED_EXAMPLES['letter-mallorca'], tasks: ['immigration'] };
