/** Answer fixtures for the plan page's tests: the five worked examples of spec §2.6, plus a few edge cases. */
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

/** DNI holder with the app who wants to sign: app video gives basic, signing needs advanced. */
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
