/**
 * Notes on the route (docs/rules.md#route-notes; src/rules/route-notes.ts decides where each
 * applies): sources, an optional flag for an uncertain fact, and whether the summary names the
 * note beside the route.
 * The words live in plan.json under routeNotes.<id>.
 */
import type { RouteNoteId } from '../../src/domain';
import type { RouteNote } from '../../src/catalog/catalog-schema';

export const routeNotes = {
  // Every registration needs a mobile of one's own, national or foreign; only a certificate needs none.
  'after-mobile': { sources: ['clave-faq', 'administracion-register-clave'], inSummary: true },
  'after-mobile-certificate-first': {
    sources: ['clave-faq', 'administracion-register-clave', 'madrid-fnmt-steps'],
    inSummary: true,
  },
  // Basic at once; advanced after the manual review, "sin necesidad de acudir en persona".
  'basic-until-review': { sources: ['clave-how-to-register', 'aeat-advanced-after-video'], inSummary: true },
  // The letter gives basic, which cannot use Cl@ve Firma; an office or a certificate raises it.
  'letter-cannot-sign': {
    sources: ['clave-how-to-register', 'clave-firma-educacion', 'madrid-in-person-registration-services'],
    inSummary: true,
  },
  'nie-paper-certificate-unconfirmed': {
    sources: ['aeat-support-number', 'aeat-app-activation'],
    flag: 'nie-paper-certificate-registration',
    inSummary: false,
  },
} satisfies Record<RouteNoteId, RouteNote>;
