/** What this plan lets the user do (facts §3): each procedure's requirement against what the plan gives. */
import { capabilityIds, type CapabilityRow, type CapabilityStatus, type Requirement } from '../domain';
import { catalog } from '../content';
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
    case 'advanced':
      return ready(c.levelObtained === 'advanced');
    case 'permanente':
      return ready(usesPermanente(c) || endsWithCertificate(c));
    case 'firma-or-certificate':
      // Cl@ve Firma needs the advanced level as well as Permanente (facts C5).
      return ready((c.alsoActivate.includes('firma') && c.levelObtained === 'advanced') || endsWithCertificate(c));
    default:
      return assertNever(requirement);
  }
}

export function decideCapabilities(c: PlanContext): CapabilityRow[] {
  return capabilityIds.options.map((capability) => {
    const entry = catalog.capabilities[capability];
    const relevant =
      entry.tasks.some((t) => hasTask(c.a, t)) || (c.a.work !== undefined && (entry.work ?? []).includes(c.a.work));
    return { capability, requirement: entry.requirement, status: statusFor(entry.requirement, c), relevant };
  });
}
