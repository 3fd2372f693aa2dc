/** Spec §2.6 — the five worked examples, verbatim (every answer given, so no defaults are filled in). */
import { describe, expect, it } from 'vitest';
import type { AlsoActivate, BlockerId, FnmtVerdict, Level, Route, Variant } from '../../src/domain';
import { recommend } from '../../src/rules';
import { parseAnswerLine } from './support/answers';

interface Example {
  n: number;
  line: string;
  route: Route;
  level: Level;
  levelObtained: Level;
  variant: Variant;
  also: AlsoActivate[];
  fnmt: FnmtVerdict;
  blockers: BlockerId[];
  alternatives: Route[];
}

const EXAMPLES: Example[] = [
  {
    n: 1,
    line: 'id=nie doc=eu-cert phone=es app=yes cert=no work=employee tasks=tax use=occasional visit=yes fiscal=yes island=mallorca',
    route: 'invitation-letter',
    level: 'basic',
    levelObtained: 'basic',
    variant: 'movil',
    also: [],
    fnmt: 'not-needed',
    blockers: [],
    alternatives: ['in-person'],
  },
  {
    n: 2,
    line: 'id=nie doc=tie phone=foreign app=no cert=no work=pensioner tasks=social-security use=occasional visit=yes fiscal=unsure island=menorca',
    route: 'in-person',
    level: 'advanced',
    levelObtained: 'advanced',
    variant: 'pin',
    also: [],
    fnmt: 'not-needed',
    blockers: [],
    alternatives: ['invitation-letter'],
  },
  {
    n: 3,
    line: 'id=nie doc=eu-cert phone=es app=yes cert=no work=autonomo tasks=tax,social-security,sign use=regular visit=yes computer=yes fiscal=yes island=ibiza',
    route: 'fnmt-then-certificate',
    level: 'advanced',
    levelObtained: 'advanced',
    variant: 'movil',
    also: ['permanente'],
    fnmt: 'recommended',
    blockers: [],
    alternatives: ['in-person', 'invitation-letter'],
  },
  {
    n: 4,
    line: 'id=none doc=eu-cert phone=none app=yes work=other tasks= use=occasional visit=yes computer=no island=formentera',
    route: 'in-person',
    level: 'basic',
    levelObtained: 'advanced',
    variant: 'movil',
    also: [],
    fnmt: 'recommended',
    blockers: ['no-nie', 'no-mobile'],
    alternatives: [],
  },
  {
    n: 5,
    line: 'id=nie doc=nie-paper phone=es app=yes cert=no work=student tasks=tax use=occasional visit=yes computer=yes island=mallorca',
    route: 'fnmt-then-certificate',
    level: 'basic',
    levelObtained: 'advanced',
    variant: 'permanente',
    also: [],
    fnmt: 'recommended',
    blockers: [],
    alternatives: ['in-person'],
  },
];

describe('worked examples (spec §2.6)', () => {
  it.each(EXAMPLES)('example $n: $line → $route', (ex) => {
    const plan = recommend(parseAnswerLine(ex.line));
    expect({
      route: plan.route,
      level: `${plan.level}/${plan.levelObtained}`,
      variant: plan.variant,
      also: [...plan.alsoActivate].sort(),
      fnmt: plan.fnmt,
      blockers: [...plan.blockers].sort(),
      alternatives: plan.alternatives,
    }).toEqual({
      route: ex.route,
      level: `${ex.level}/${ex.levelObtained}`,
      variant: ex.variant,
      also: [...ex.also].sort(),
      fnmt: ex.fnmt,
      blockers: [...ex.blockers].sort(),
      alternatives: ex.alternatives,
    });
  });

  it('example 4: FNMT is recommended because of the missing phone', () => {
    const plan = recommend(parseAnswerLine(EXAMPLES[3]?.line ?? ''));
    expect(plan.reasons.filter((r) => r.decision === 'fnmt').map((r) => r.rule)).toContain('fnmt.no-phone');
  });

  it('the examples are complete answer sets: nothing on the path is missing, nothing extra is needed', () => {
    for (const ex of EXAMPLES) expect(() => recommend(parseAnswerLine(ex.line))).not.toThrow();
  });
});
