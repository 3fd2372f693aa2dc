/** What this plan lets the user do (docs/rules.md#what-you-can-do-capabilities): each procedure's requirement against what the plan gives. */
import { capabilityIds, type CapabilityRow, type CapabilityStatus, type Requirement } from '../domain';
import { catalog } from '../catalog';
import { hasTask, hasUsableCertificate } from './conditions';
import { type PlanContext, usesPermanente } from './context';
import { assertNever } from '../lib/assert-never';

/** The plan ends with a certificate in hand (already held, or obtained on the FNMT route). */
const endsWithCertificate = (c: PlanContext): boolean =>
  hasUsableCertificate(c.a) || c.route === 'fnmt-then-certificate' || c.route === 'certificate-online';

function statusFor(requirement: Requirement, c: PlanContext): CapabilityStatus {
  const ready = (ok: boolean): CapabilityStatus => (ok ? 'ready' : 'not-yet');
  switch (requirement) {
    case 'no-eid':
      return 'no-eid-needed';
    case 'basic':
      return 'ready';
    case 'advanced-recommended':
      // Basic opens part of it; the Seguridad Social recommends advanced (source seg-social-clave).
      return c.levelObtained === 'advanced' ? 'ready' : 'partly';
    case 'permanente':
      return ready(usesPermanente(c) || endsWithCertificate(c));
    case 'firma-or-certificate':
      // Cl@ve Firma needs the advanced level as well as Permanente (source clave-firma-educacion).
      return ready((c.alsoActivate.includes('firma') && c.levelObtained === 'advanced') || endsWithCertificate(c));
    default:
      return assertNever(requirement);
  }
}

/** One row per procedure of the catalogue, in its order, minus the rows it hides for this situation. */
export function decideCapabilities(c: PlanContext): CapabilityRow[] {
  const work = c.a.work;
  const shown = capabilityIds.options.filter((id) => work === undefined || !(catalog.capabilities[id].hiddenFor ?? []).includes(work));
  return shown.map((capability) => {
    const entry = catalog.capabilities[capability];
    const relevant =
      entry.tasks.some((t) => hasTask(c.a, t)) || (c.a.work !== undefined && (entry.work ?? []).includes(c.a.work));
    // Some online services are closed to EU citizens whatever they register with (the catalogue says which).
    const closed = entry.notForEu === true && c.a.doc === 'eu-cert';
    const status = closed ? 'not-for-eu' : statusFor(entry.requirement, c);
    return { capability, requirement: entry.requirement, status, relevant };
  });
}
