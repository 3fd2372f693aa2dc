/** Where to go, when the plan visits an office or offers a visit as an alternative: only catalogued offices (docs/rules.md#offices). */
import { officeIds, type OfficeId } from '../domain';
import { catalog } from '../catalog';
import { type PlanContext, visitsAnOffice } from './context';

export function decideOffices(c: PlanContext): OfficeId[] {
  const needsOffice = visitsAnOffice(c) || c.alternatives.includes('in-person');
  const island = c.a.island;
  if (!needsOffice || island === undefined) return [];
  return officeIds.options.filter((id) => catalog.offices[id].islands.includes(island));
}
