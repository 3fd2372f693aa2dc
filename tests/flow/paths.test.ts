/**
 * The one home of page paths: page ↔ path both ways, the resume target, and the guard every
 * flow page (and the start-up) applies.
 */
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../../src/domain';
import { changePagePath, nextStep, pageAt, pagePath, redirectFor, resumePage, ROUTE_PATTERNS, type FlowPage } from '../../src/flow';
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
