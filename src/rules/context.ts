/** The decisions made so far, handed to the rules that build the rest of the plan. */
import type { AlsoActivate, Answers, FnmtVerdict, Level, Route, RuleId, Variant } from '../domain';

export interface PlanContext {
  /** on-path answers only */
  a: Answers;
  level: Level;
  levelObtained: Level;
  route: Route;
  /** the rule that chose the route (e.g. to tell "no remote route fits") */
  routeRule: RuleId;
  alternatives: readonly Route[];
  variant: Variant;
  alsoActivate: readonly AlsoActivate[];
  fnmt: FnmtVerdict;
}

/** The plan includes a trip to an office: to register, or to accredit identity for the FNMT. */
export const visitsAnOffice = (c: PlanContext): boolean =>
  c.route === 'in-person' || (c.route === 'fnmt-then-certificate' && c.a.visit !== 'no');

/** The invitation letter is the route or one of its alternatives. */
export const usesLetter = (c: PlanContext): boolean =>
  c.route === 'invitation-letter' || c.alternatives.includes('invitation-letter');

/**
 * Which census form fixes the fiscal address the letter goes to: 036/037 for an autónomo's
 * own activity, 030 for everyone else — including a company director, because the letter
 * goes to the person's own fiscal address, not the company's (sources aeat-modelo-030-instructions,
 * aeat-clave-natural-persons).
 */
export const censusFormIs036 = (a: Answers): boolean => a.work === 'autonomo';

export const usesPermanente = (c: PlanContext): boolean =>
  c.variant === 'permanente' || c.alsoActivate.includes('permanente');

/** The plan has the user install and use the Cl@ve app (Cl@ve Móvil, or the DNI video route). */
export const usesApp = (c: PlanContext): boolean => c.variant === 'movil' || c.route === 'app-video';
