/** Which registration level the user needs (docs/rules.md#level-needed), and what a route gives (docs/rules.md#level-obtained). */
import type { Answers, Level, Route } from '../domain';
import { assertNever } from '../lib/assert-never';
import { hasTask } from './conditions';
import { reason, type Decided, type RuleHit } from './reasons';

export function decideLevel(a: Answers): Decided<Level> {
  const reasons: RuleHit[] = [];
  if (hasTask(a, 'sign')) reasons.push(reason('level', 'level.sign-needs-advanced', 'required'));
  if (hasTask(a, 'social-security')) {
    reasons.push(reason('level', 'level.social-security-recommends-advanced', 'recommended'));
  }
  if (a.work === 'autonomo') reasons.push(reason('level', 'level.autonomo-recommends-advanced', 'recommended'));
  if (reasons.length > 0) return { value: 'advanced', reasons };
  // Tax, Modelo 100/720, a gestor's power and notifications all work at basic level.
  return { value: 'basic', reasons: [reason('level', 'level.basic-suffices')] };
}

/**
 * The level a route ends with. `app-video` registers at basic at once and reaches advanced
 * after the manual review of the video, with nothing more to do (source aeat-advanced-after-video),
 * so it counts as advanced; route note `basic-until-review` says it is basic until then.
 */
export function levelGivenBy(route: Route): Level {
  switch (route) {
    case 'certificate-online':
    case 'fnmt-then-certificate':
    case 'in-person':
    case 'app-video':
      return 'advanced';
    case 'invitation-letter':
      return 'basic';
    default:
      return assertNever(route);
  }
}

export const isBelow = (obtained: Level, needed: Level): boolean => obtained === 'basic' && needed === 'advanced';
