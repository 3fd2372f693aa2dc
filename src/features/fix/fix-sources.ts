/** Every source a fix cites, in catalogue order: its reason, its notes, flags, shared warnings, what to bring and the offices. */
import { catalog } from '../../catalog';
import { sourceIds, type FixPlan, type FlagId, type SourceId } from '../../domain';

export function fixSources(plan: FixPlan): SourceId[] {
  const cited = new Set<SourceId>();
  const add = (ids: readonly SourceId[]) => {
    for (const id of ids) cited.add(id);
  };
  const addFlag = (flag: FlagId | undefined) => {
    if (flag !== undefined) add(catalog.flags[flag].sources);
  };
  for (const reason of plan.reasons) add(reason.sources);
  addFlag(catalog.fixes[plan.fix].flag);
  for (const id of plan.notes) {
    add(catalog.fixNotes[id].sources);
    addFlag(catalog.fixNotes[id].flag);
  }
  for (const id of plan.warnings) {
    add(catalog.warnings[id].sources);
    addFlag(catalog.warnings[id].flag);
  }
  for (const id of plan.bring) add(catalog.checklist[id].sources);
  for (const id of plan.offices) add(catalog.offices[id].sources);
  return sourceIds.options.filter((id) => cited.has(id));
}
