/**
 * Every path through the flow, trying every value of every question. `tasks` has 2^7 = 128
 * possible sets; trying them all on every walk would mean millions of paths, so here it takes
 * the empty set, each single task and all seven; paths-every-task-set.test.ts tries all 128.
 */
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../../src/domain';
import { SMALL_TASK_SETS, asSorted, declaredTransitions, everyValue, timed } from './enumeration';

describe('every path through the flow, every value of every question', () => {
  const walk = timed(everyValue(SMALL_TASK_SETS));
  console.info(
    `flow paths (every value; tasks: none, each one, all): ${walk.paths} complete paths, ${walk.nodes} nodes, ` +
      `${walk.wallMs} ms wall, ${walk.cpuMs} ms CPU`,
  );

  it('ends every walk at the check page, and keeps every invariant on every node', () => {
    expect(walk.failures).toEqual([]);
    expect(walk.paths).toBeGreaterThan(100_000);
  });

  it('produces exactly the declared transitions: none undeclared, none unused', () => {
    expect(asSorted(walk.transitions)).toEqual(asSorted(declaredTransitions()));
  });

  it('reaches every question and the check page', () => {
    expect([...walk.reached].sort()).toEqual([...QUESTION_IDS, 'check'].sort());
  });
});
