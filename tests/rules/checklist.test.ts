/** docs/rules.md — the checklist: which items, in which order (before → at the office → after). */
import { describe, expect, it } from 'vitest';
import type { ChecklistItemId, Route } from '../../src/domain';
import { planFor, type RuleCase } from './support/plan';

interface ChecklistExpect {
  route?: Route;
  includes?: ChecklistItemId[];
  excludes?: ChecklistItemId[];
  /** pairs [a, b]: a comes before b */
  order?: [ChecklistItemId, ChecklistItemId][];
}

const LETTER_ITEMS: ChecklistItemId[] = ['request-invitation-letter', 'enter-letter-code'];
const FNMT_ITEMS: ChecklistItemId[] = ['fnmt-request-code', 'fnmt-download-same-browser', 'fnmt-backup-certificate'];
const CENSUS: ChecklistItemId[] = ['census-form-030-by-post', 'census-form-036-by-post'];

const cases: RuleCase<ChecklistExpect>[] = [
  // census form
  {
    sentence: 'letter with fiscal=unsure: the census form 030 by post comes first, before requesting the letter',
    answers: { id: 'nie', doc: 'tie', fiscal: 'unsure' },
    expect: {
      route: 'invitation-letter',
      includes: ['census-form-030-by-post', ...LETTER_ITEMS],
      excludes: ['census-form-036-by-post'],
      order: [['census-form-030-by-post', 'request-invitation-letter']],
    },
  },
  {
    sentence: 'letter with fiscal=no (cannot visit): the census form 030 first',
    answers: { id: 'nie', doc: 'eu-cert', visit: 'no', computer: 'no', fiscal: 'no' },
    expect: {
      route: 'invitation-letter',
      includes: ['census-form-030-by-post', ...LETTER_ITEMS],
      order: [['census-form-030-by-post', 'request-invitation-letter']],
    },
  },
  {
    sentence: 'letter with fiscal=yes: no census form',
    answers: { id: 'nie', doc: 'tie', fiscal: 'yes' },
    expect: { route: 'invitation-letter', includes: LETTER_ITEMS, excludes: CENSUS },
  },
  {
    sentence: 'an autónomo on the letter (cannot visit, fiscal=unsure): census form 036/037, not 030',
    answers: { id: 'nie', doc: 'tie', work: 'autonomo', visit: 'no', computer: 'no', fiscal: 'unsure' },
    expect: {
      route: 'invitation-letter',
      includes: ['census-form-036-by-post'],
      excludes: ['census-form-030-by-post'],
      order: [['census-form-036-by-post', 'request-invitation-letter']],
    },
  },
  {
    sentence: 'v3: a company director on the letter (cannot visit, fiscal=no): Modelo 030 for their own address, not 036/037',
    answers: { id: 'nie', doc: 'tie', work: 'company', visit: 'no', computer: 'no', fiscal: 'no' },
    expect: { route: 'invitation-letter', includes: ['census-form-030-by-post', 'representative-certificate'], excludes: ['census-form-036-by-post'] },
  },
  {
    sentence: 'a pensioner on the letter with fiscal=unsure: census form 030',
    answers: { id: 'nie', doc: 'tie', work: 'pensioner', fiscal: 'unsure' },
    expect: { includes: ['census-form-030-by-post'], excludes: ['census-form-036-by-post'] },
  },
  {
    sentence: 'no letter in the plan (certificate-online): no census form, no letter items',
    answers: { id: 'nie', cert: 'yes' },
    expect: { route: 'certificate-online', includes: ['certificate-at-hand', 'register-clave-with-certificate'], excludes: [...CENSUS, ...LETTER_ITEMS] },
  },
  // letter request and code only on the letter route
  {
    sentence: 'in person: no letter request, no letter code',
    answers: { id: 'nie', doc: 'tie', tasks: ['social-security'], fiscal: 'yes' },
    expect: { route: 'in-person', excludes: LETTER_ITEMS },
  },
  // appointment and documents
  {
    sentence: 'in person with a TIE: book the appointment; bring the residence document and the passport',
    answers: { id: 'nie', doc: 'tie', tasks: ['social-security'] },
    expect: {
      route: 'in-person',
      includes: ['book-appointment', 'bring-residence-document', 'bring-passport', 'attend-in-person'],
      excludes: ['bring-dni', 'bring-nie-paper'],
      order: [['book-appointment', 'bring-residence-document']],
    },
  },
  {
    sentence: 'in person with an EU certificate: residence document and passport',
    answers: { id: 'nie', doc: 'eu-cert', fiscal: 'no' },
    expect: { route: 'in-person', includes: ['bring-residence-document', 'bring-passport'], excludes: ['bring-dni'] },
  },
  {
    sentence: 'in person with a DNI: bring the DNI, not a passport or residence document',
    answers: { id: 'dni', app: 'no', cert: 'no', tasks: ['sign'], computer: 'no' },
    expect: {
      route: 'in-person',
      includes: ['book-appointment', 'bring-dni'],
      excludes: ['bring-passport', 'bring-residence-document', 'bring-nie-paper'],
    },
  },
  {
    sentence: 'in person with the white sheet: bring the white sheet and the passport',
    answers: { id: 'nie', doc: 'nie-paper', computer: 'no' },
    expect: { route: 'in-person', includes: ['bring-nie-paper', 'bring-passport'], excludes: ['bring-residence-document', 'bring-dni'] },
  },
  {
    sentence: 'the letter needs no appointment and no documents at an office',
    answers: { id: 'nie', doc: 'tie', visit: 'no', computer: 'no', fiscal: 'yes' },
    expect: {
      route: 'invitation-letter',
      excludes: ['book-appointment', 'bring-residence-document', 'bring-passport', 'attend-in-person'],
    },
  },
  // FNMT steps
  {
    sentence: 'FNMT one trip: request code, book, accredit identity at the office, download on the same browser, back up, then register Cl@ve',
    answers: { work: 'autonomo', computer: 'yes' },
    expect: {
      route: 'fnmt-then-certificate',
      includes: [...FNMT_ITEMS, 'book-appointment', 'fnmt-accredit-identity', 'register-clave-with-certificate', 'bring-residence-document', 'bring-passport'],
      excludes: ['fnmt-notarised-signature', 'attend-in-person'],
      order: [
        ['fnmt-request-code', 'fnmt-accredit-identity'],
        ['fnmt-accredit-identity', 'fnmt-download-same-browser'],
        ['fnmt-download-same-browser', 'register-clave-with-certificate'],
      ],
    },
  },
  {
    sentence: 'FNMT when the user cannot visit: a notarised signature instead of the office, no appointment',
    answers: { id: 'nie', doc: 'nie-paper', visit: 'no', computer: 'yes' },
    expect: {
      route: 'fnmt-then-certificate',
      includes: [...FNMT_ITEMS, 'fnmt-notarised-signature', 'register-clave-with-certificate'],
      excludes: ['fnmt-accredit-identity', 'book-appointment', 'bring-passport', 'bring-nie-paper'],
      order: [['fnmt-request-code', 'fnmt-notarised-signature']],
    },
  },
  {
    sentence: 'not on the FNMT route: no FNMT steps',
    answers: { id: 'nie', doc: 'tie', fiscal: 'yes' },
    expect: { route: 'invitation-letter', excludes: [...FNMT_ITEMS, 'fnmt-accredit-identity', 'fnmt-notarised-signature'] },
  },
  // companies
  {
    sentence: 'a company: the representative certificate',
    answers: { work: 'company', computer: 'yes' },
    expect: { includes: ['representative-certificate'] },
  },
  {
    sentence: 'a company with a personal certificate (certificate-online): still the representative certificate',
    answers: { id: 'nie', cert: 'yes', work: 'company' },
    expect: { route: 'certificate-online', includes: ['representative-certificate'] },
  },
  {
    sentence: 'an autónomo is not a company: no representative certificate',
    answers: { work: 'autonomo', computer: 'yes' },
    expect: { excludes: ['representative-certificate'] },
  },
  // Permanente, app, codes, firma
  {
    sentence: 'regular use: activate Permanente (keep its activation code)',
    answers: { use: 'regular' },
    expect: { includes: ['activate-permanente'] },
  },
  {
    sentence: 'Permanente as the login (white sheet): activate Permanente; no code-in-time item',
    answers: { id: 'nie', doc: 'nie-paper', computer: 'no' },
    expect: { includes: ['activate-permanente'], excludes: ['use-codes-in-time'] },
  },
  {
    sentence: 'occasional, no health, no sign: no Permanente activation',
    answers: { use: 'occasional', tasks: ['tax'] },
    expect: { excludes: ['activate-permanente', 'activate-firma'] },
  },
  {
    sentence: 'Cl@ve Móvil: install and activate the app; use codes in time',
    answers: { id: 'nie', doc: 'tie', app: 'yes' },
    expect: { includes: ['install-clave-app', 'activate-app', 'use-codes-in-time'] },
  },
  {
    sentence: 'PIN by SMS: no app to install; use the PIN within 10 minutes',
    answers: { id: 'nie', doc: 'tie', app: 'no' },
    expect: { includes: ['use-codes-in-time'], excludes: ['install-clave-app', 'activate-app'] },
  },
  {
    sentence: 'app-video: install the app and prepare the video identification',
    answers: { id: 'dni', app: 'yes', cert: 'no' },
    expect: { route: 'app-video', includes: ['install-clave-app', 'prepare-video-identification'] },
  },
  {
    sentence: 'sign in person: activate Cl@ve Firma (and Permanente)',
    answers: { tasks: ['sign'], computer: 'no' },
    expect: { includes: ['activate-firma', 'activate-permanente'] },
  },
  {
    sentence: 'v3: sign on the letter (cannot visit, no computer): no Cl@ve Firma item, the raise-level item instead',
    answers: { id: 'nie', doc: 'tie', tasks: ['sign'], visit: 'no', computer: 'no', fiscal: 'yes' },
    expect: { route: 'invitation-letter', includes: ['raise-level'], excludes: ['activate-firma'] },
  },
  {
    sentence: 'v3: sign on app-video: Cl@ve Firma after the review, and no raise-level item (the review raises it)',
    answers: { id: 'dni', app: 'yes', cert: 'no', tasks: ['sign'] },
    expect: { route: 'app-video', includes: ['activate-firma', 'activate-permanente'], excludes: ['raise-level'] },
  },
  {
    sentence: 'v3: cannot visit, signs, has a computer: the FNMT steps with the notarised signature, no Cl@ve Firma',
    answers: { id: 'nie', doc: 'eu-cert', tasks: ['sign'], visit: 'no', computer: 'yes', fiscal: 'yes' },
    expect: { route: 'fnmt-then-certificate', includes: [...FNMT_ITEMS, 'fnmt-notarised-signature'], excludes: ['activate-firma', 'raise-level'] },
  },
  {
    sentence: 'a mobile and an e-mail are on every checklist',
    answers: { id: 'dni', app: 'yes' },
    expect: { includes: ['mobile-and-email'] },
  },
];

describe('checklist', () => {
  it.each(cases)('$sentence', ({ answers, expect: e }) => {
    const plan = planFor(answers);
    if (e.route !== undefined) expect(plan.route).toBe(e.route);
    for (const item of e.includes ?? []) expect(plan.checklist).toContain(item);
    for (const item of e.excludes ?? []) expect(plan.checklist).not.toContain(item);
    for (const [a, b] of e.order ?? []) {
      expect(plan.checklist.indexOf(a), `${a} before ${b}`).toBeLessThan(plan.checklist.indexOf(b));
    }
    expect(new Set(plan.checklist).size).toBe(plan.checklist.length);
  });
});
