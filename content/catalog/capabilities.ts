/**
 * What each procedure asks for (docs/facts.md#6-what-needs-which-level), for the "what you can do
 * with this plan" table (docs/rules.md#what-you-can-do-capabilities).
 * `tasks` and `work` say which answers make a procedure relevant to the user.
 */
import type { CapabilityId } from '../../src/domain';
import type { Capability } from '../../src/catalog/catalog-schema';

export const capabilities = {
  'renta-modelo-100': {
    requirement: 'basic',
    tasks: ['tax'],
    sources: ['aeat-renta-clave-movil', 'aeat-renta-reference'],
  },
  'modelo-720': { requirement: 'basic', tasks: ['tax'], sources: ['aeat-modelo-720'] },
  // An autónomo's own registration. Left out for companies, whose census returns go online with a
  // certificate, never with Cl@ve (source aeat-clave-natural-persons).
  'modelo-036': {
    requirement: 'basic',
    tasks: [],
    work: ['autonomo'],
    hiddenFor: ['company'],
    sources: ['aeat-modelo-036', 'aeat-clave-natural-persons'],
  },
  'aeat-power-for-gestor': { requirement: 'basic', tasks: ['gestor'], sources: ['aeat-power-of-attorney'] },
  'seguridad-social': {
    // "advanced recommended": basic opens some services, not those that need higher security.
    requirement: 'advanced-recommended',
    tasks: ['social-security'],
    work: ['autonomo'],
    sources: ['seg-social-clave', 'seg-social-sede-clave'],
  },
  'dehu-notifications': { requirement: 'basic', tasks: ['notifications'], sources: ['dehu-secondary'] },
  'sign-documents': {
    requirement: 'firma-or-certificate',
    tasks: ['sign'],
    sources: ['clave-firma-educacion', 'seg-social-sede-clave'],
  },
  'extranjeria-status': {
    requirement: 'no-eid',
    tasks: ['immigration'],
    notForEu: true,
    sources: ['extranjeria-file-status'],
  },
  'health-gp-booking': { requirement: 'no-eid', tasks: ['health'], sources: ['ibsalut-patient-portal'] },
  'health-portal-high': { requirement: 'permanente', tasks: ['health'], sources: ['ibsalut-patient-portal'] },
  'caib-generic-registry': { requirement: 'permanente', tasks: [], sources: ['son-espases-caib-registry'] },
} satisfies Record<CapabilityId, Capability>;
