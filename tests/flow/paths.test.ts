/**
 * The one home of page paths: page ↔ path both ways, the resume target, and the guard every
 * flow page (and the start-up) applies.
 */
import { describe, expect, it } from 'vitest';
import { FIX_QUESTION_IDS, QUESTION_IDS } from '../../src/domain';
import {
  changeFixPagePath,
  changePagePath,
  fixFullPath,
  fixPageAt,
  fixPagePath,
  nextStep,
  pageAt,
  pagePath,
  redirectFor,
  resumePage,
  ROUTE_PATTERNS,
  type FixStep,
  type FlowPage,
} from '../../src/flow';
import { everyFixAnswerSet } from '../rules/support/fix-space';
import { embedStepSchema } from '../../src/embed/messages';
import { NIE_TIE } from './support';

const PAGES: readonly FlowPage[] = ['start', ...QUESTION_IDS, 'check', 'result'];

describe('page paths', () => {
  it('every page has a path that reads back as the same page', () => {
    for (const page of PAGES) expect(pageAt(pagePath(page)), page).toBe(page);
    expect(new Set(PAGES.map(pagePath)).size).toBe(PAGES.length);
  });

  it('tolerates a trailing slash and names nothing outside the flow', () => {
    expect(pageAt('/q/doc/')).toBe('doc');
    expect(pageAt('/check/')).toBe('check');
    for (const path of ['/q/nope', '/q/', '/q/doc/more', '/agent', '/results', '/Q/doc']) expect(pageAt(path), path).toBeUndefined();
  });

  it('the change mode of a page is its path with ?change=1', () => {
    expect(changePagePath('visit')).toBe('/q/visit?change=1');
  });

  it('names exactly the pages the embed protocol reports as steps (its public ids)', () => {
    for (const page of PAGES) expect(embedStepSchema.safeParse(page).success, page).toBe(true);
    expect(embedStepSchema.safeParse('agent').success).toBe(false);
  });
});

describe('resumePage', () => {
  it('is the first unanswered question on the path, or the plan when none is left', () => {
    expect(resumePage({})).toBe('id');
    expect(resumePage({ id: 'dni' })).toBe('phone');
    expect(resumePage(NIE_TIE)).toBe('result');
    expect(nextStep(NIE_TIE)).toBe('check');
  });
});

describe('redirectFor: the guard of every flow page, also applied before the first render', () => {
  it.each([
    ['/q/island', {}, '/q/id'],
    ['/q/doc', { id: 'dni' }, '/q/phone'],
    ['/q/phone', { id: 'nie' }, '/q/doc'],
    ['/check', { id: 'nie' }, '/q/doc'],
    ['/result', { id: 'nie', doc: 'tie' }, '/q/phone'],
    ['/result/', {}, '/q/id'],
  ] as const)('%s with %j → %s', (path, answers, target) => {
    expect(redirectFor(path, answers)).toBe(target);
  });

  it.each([
    ['/q/id', {}],
    ['/q/doc', { id: 'nie' }],
    ['/q/nope', {}],
    ['/', {}],
    ['/agent', {}],
    ['/check', NIE_TIE],
    ['/result', NIE_TIE],
    ['/q/island', NIE_TIE],
  ] as const)('%s may show', (path, answers) => {
    expect(redirectFor(path, answers)).toBeUndefined();
  });
});

describe('the router patterns', () => {
  it('match the paths pagePath builds', () => {
    expect(pagePath('doc')).toBe(`/${ROUTE_PATTERNS.question.replace(':id', 'doc')}`);
    expect(pagePath('check')).toBe(`/${ROUTE_PATTERNS.check}`);
    expect(pagePath('result')).toBe(`/${ROUTE_PATTERNS.result}`);
  });
});

describe('fix page paths ("I already have Cl@ve")', () => {
  const FIX_PAGES: readonly FixStep[] = [...FIX_QUESTION_IDS, 'check', 'result'];

  it('every fix page has a path that reads back as the same page; the problem is the path\'s own entry, /fix', () => {
    for (const page of FIX_PAGES) expect(fixPageAt(fixPagePath(page)), page).toBe(page);
    expect(new Set(FIX_PAGES.map(fixPagePath)).size).toBe(FIX_PAGES.length);
    expect(fixPagePath('problem')).toBe('/fix');
    expect(fixPageAt('/fix/')).toBe('problem');
    for (const path of ['/fix/q/problem', '/fix/q/doc', '/fix/q/', '/fixes', '/q/oldsms', '/fix/result/more']) expect(fixPageAt(path), path).toBeUndefined();
    expect(changeFixPagePath('cert')).toBe('/fix/q/cert?change=1');
  });

  it('the main flow and the fix path never claim the same path', () => {
    for (const page of FIX_PAGES) expect(pageAt(fixPagePath(page)), page).toBeUndefined();
    for (const page of PAGES) expect(fixPageAt(pagePath(page)), page).toBeUndefined();
    expect(Object.values(ROUTE_PATTERNS).filter((p) => p.startsWith('fix'))).toHaveLength(4);
  });

  it('names the steps the embed protocol reports as fix:<page>', () => {
    for (const page of FIX_PAGES) expect(embedStepSchema.safeParse(`fix:${page}`).success, page).toBe(true);
    expect(embedStepSchema.safeParse('fix:doc').success).toBe(false);
  });
});

describe('redirectFor on the fix path', () => {
  it('a fix question not reachable yet goes to the first unanswered one; the problem page always shows', () => {
    expect(redirectFor('/fix', {}, {})).toBeUndefined();
    expect(redirectFor('/fix/q/island', {}, {})).toBe('/fix');
    expect(redirectFor('/fix/q/oldsms', {}, { problem: 'password' })).toBe('/fix/result');
    expect(redirectFor('/fix/q/cert', {}, { problem: 'new-phone' })).toBe('/fix/q/oldsms');
    expect(redirectFor('/fix/q/oldsms', {}, { problem: 'new-phone' })).toBeUndefined();
    expect(redirectFor('/fix/result', {}, { problem: 'new-number', cert: 'no' })).toBe('/fix/q/visit');
  });

  it('over the whole fix answer space: the fix shows when complete; the check page only after more than two questions', () => {
    for (const answers of everyFixAnswerSet()) {
      const long = fixFullPath(answers).length > 2;
      expect(redirectFor('/fix/result', {}, answers), JSON.stringify(answers)).toBeUndefined();
      expect(redirectFor('/fix/check', {}, answers), JSON.stringify(answers)).toBe(long ? undefined : '/fix/result');
    }
  });

  it('the fix path\'s guard reads the fix answers only: main answers neither open nor close a fix page', () => {
    expect(redirectFor('/fix/result', NIE_TIE, {})).toBe('/fix');
    expect(redirectFor('/result', {}, { problem: 'password' })).toBe('/q/id');
  });
});
