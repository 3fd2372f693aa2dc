/** Every source the plan cites, in catalogue order: reasons, checklist, warnings, route notes, flags, next steps, offices, capabilities. */
import { catalog } from '../../catalog';
import { sourceIds, type FlagId, type Plan, type SourceId } from '../../domain';

export function citedSources(plan: Plan): SourceId[] {
  const cited = new Set<SourceId>();
  const add = (ids: readonly SourceId[]) => {
    for (const id of ids) cited.add(id);
  };
  const addFlag = (flag: FlagId | undefined) => {
    if (flag !== undefined) add(catalog.flags[flag].sources);
  };
  for (const reason of plan.reasons) add(reason.sources);
  for (const id of plan.checklist) {
    add(catalog.checklist[id].sources);
    addFlag(catalog.checklist[id].flag);
  }
  for (const id of plan.warnings) {
    add(catalog.warnings[id].sources);
    addFlag(catalog.warnings[id].flag);
  }
  for (const id of plan.routeNotes) {
    add(catalog.routeNotes[id].sources);
    addFlag(catalog.routeNotes[id].flag);
  }
  for (const { step } of plan.nextSteps) add(catalog.nextSteps[step].sources);
  for (const id of plan.offices) add(catalog.offices[id].sources);
  for (const row of plan.capabilities) add(catalog.capabilities[row.capability].sources);
  return sourceIds.options.filter((id) => cited.has(id));
}
