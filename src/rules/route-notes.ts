/**
 * Notes the route section shows beside the route: where the route does not yet give this
 * person what it seems to (no mobile yet, basic until the video review, no signing on the
 * letter) and uncertain facts that touch it. One predicate per note, in a Record over every id.
 */
import { routeNoteIds, type RouteNoteId } from '../domain';
import { hasNoPhone, hasOnlyNiePaper, hasTask } from './conditions';
import type { PlanContext } from './context';

const fnmtRoute = (c: PlanContext): boolean => c.route === 'fnmt-then-certificate';

const APPLIES: Record<RouteNoteId, (c: PlanContext) => boolean> = {
  // Every Cl@ve registration needs a mobile of one's own (blocker.no-mobile): the route waits for it…
  'after-mobile': (c) => hasNoPhone(c.a) && !fnmtRoute(c),
  // …except the certificate half of the FNMT route, which needs no phone and can start now.
  'after-mobile-certificate-first': (c) => hasNoPhone(c.a) && fnmtRoute(c),
  // levelGivenBy counts app-video as advanced; until the manual review passes it is basic.
  'basic-until-review': (c) => c.route === 'app-video',
  // The letter gives basic, and Cl@ve Firma needs advanced (so no firma is added there).
  'letter-cannot-sign': (c) => c.route === 'invitation-letter' && hasTask(c.a, 'sign'),
  // No source says whether registering with a certificate works without a número de soporte.
  'nie-paper-certificate-unconfirmed': (c) => fnmtRoute(c) && hasOnlyNiePaper(c.a),
};

export function decideRouteNotes(c: PlanContext): RouteNoteId[] {
  return routeNoteIds.options.filter((id) => APPLIES[id](c));
}
