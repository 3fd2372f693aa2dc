import { describe, expect, it } from 'vitest';
import { redirectFor } from '../../src/features/wizard/redirects';
import { EXAMPLE_1 } from './render-app';

describe('redirectFor (deep links, also applied before the first render)', () => {
  it.each([
    ['/q/island', {}, '/q/id'],
    ['/q/doc', { id: 'dni' }, '/q/phone'],
    ['/q/phone', { id: 'nie' }, '/q/doc'],
    ['/check', { id: 'nie' }, '/q/doc'],
    ['/result', { id: 'nie', doc: 'tie' }, '/q/phone'],
  ] as const)('%s with %j → %s', (path, answers, target) => {
    expect(redirectFor(path, answers)).toBe(target);
  });

  it.each([
    ['/q/id', {}],
    ['/q/doc', { id: 'nie' }],
    ['/q/nope', {}],
    ['/', {}],
    ['/agent', {}],
    ['/check', EXAMPLE_1],
    ['/result', EXAMPLE_1],
    ['/q/island', EXAMPLE_1],
  ] as const)('%s may show', (path, answers) => {
    expect(redirectFor(path, answers)).toBeUndefined();
  });
});
