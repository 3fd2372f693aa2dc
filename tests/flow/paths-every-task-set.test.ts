/**
 * Every path through the flow for all 128 sets of tasks. Tasks can only matter through the
 * FNMT decision (the computer question), which `work` = company or autónomo already settles,
 * so `work` is held to employee; `use` and `island`, which no question looks at, are held to
 * one value. Every other question takes every value.
 */
import { describe, expect, it } from 'vitest';
import { ALL_TASK_SETS, asSorted, declaredTransitions, everyValue, timed } from './enumeration';

const FIXED = { work: ['employee'], use: ['regular'], island: ['formentera'] } as const;

describe('every path through the flow, all 128 task sets', () => {
  const walk = timed((q) => (q in FIXED ? FIXED[q as keyof typeof FIXED] : everyValue(ALL_TASK_SETS)(q)));
  console.info(
    `flow paths (all 128 task sets; work, use, island fixed): ${walk.paths} complete paths, ${walk.nodes} nodes, ` +
      `${walk.wallMs} ms wall, ${walk.cpuMs} ms CPU`,
  );

  it('ends every walk at the check page, and keeps every invariant on every node', () => {
    expect(walk.failures).toEqual([]);
    expect(ALL_TASK_SETS).toHaveLength(128);
  });

  it('produces exactly the declared transitions: none undeclared, none unused', () => {
    expect(asSorted(walk.transitions)).toEqual(asSorted(declaredTransitions()));
  });
});
