/** The eight worked examples of the rules (v3 added 6–8), verbatim: every answer given, so no defaults are filled in. */
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
  {
    // v3: a signer who cannot visit but has a computer gets the FNMT route, not the letter.
    n: 6,
    line: 'id=nie doc=tie phone=es app=yes cert=no work=employee tasks=sign,tax use=occasional visit=no computer=yes fiscal=yes island=menorca',
    route: 'fnmt-then-certificate',
    level: 'advanced',
    levelObtained: 'advanced',
    variant: 'movil',
    also: [],
    fnmt: 'recommended',
    blockers: [],
    alternatives: ['invitation-letter'],
  },
  {
    // v3: app video needs a phone, so a DNI holder without one is asked about a visit and a computer.
    n: 7,
    line: 'id=dni phone=none app=yes cert=no work=employee tasks=tax use=occasional visit=yes computer=yes island=mallorca',
    route: 'fnmt-then-certificate',
    level: 'basic',
    levelObtained: 'advanced',
    variant: 'movil',
    also: [],
    fnmt: 'recommended',
    blockers: ['no-mobile'],
    alternatives: ['in-person'],
  },
  {
    // v3: app video reaches the advanced level after the manual review.
    n: 8,
    line: 'id=dni phone=es app=yes cert=no work=autonomo tasks=tax use=regular island=mallorca',
    route: 'app-video',
    level: 'advanced',
    levelObtained: 'advanced',
    variant: 'movil',
    also: ['permanente'],
    fnmt: 'recommended',
    blockers: [],
    alternatives: ['in-person'],
  },
];

describe('worked examples (rules v3)', () => {
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

  it('example 6: the route rule is the signing one, and Cl@ve Firma is not added (the certificate signs)', () => {
    const plan = recommend(parseAnswerLine(EXAMPLES[5]?.line ?? ''));
    expect(plan.reasons.filter((r) => r.decision === 'route').map((r) => r.rule)).toContain('route.no-visit-sign-certificate');
    expect(plan.alsoActivate).not.toContain('firma');
  });

  it('example 7: the route section says the certificate can come now and Cl@ve once there is a mobile', () => {
    const plan = recommend(parseAnswerLine(EXAMPLES[6]?.line ?? ''));
    expect(plan.routeNotes).toContain('after-mobile-certificate-first');
  });

  it('example 8: basic until the review, then advanced with nothing to do — no raise-level advice', () => {
    const plan = recommend(parseAnswerLine(EXAMPLES[7]?.line ?? ''));
    expect(plan.routeNotes).toContain('basic-until-review');
    expect(plan.checklist).not.toContain('raise-level');
    expect(plan.warnings).not.toContain('level-below-needed');
  });

  it('the examples are complete answer sets: nothing on the path is missing, nothing extra is needed', () => {
    for (const ex of EXAMPLES) expect(() => recommend(parseAnswerLine(ex.line))).not.toThrow();
  });
});
