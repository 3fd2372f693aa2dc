/**
 * Places to register (docs/rules.md#offices, docs/facts.md#10-offices-in-mallorca). Only booking
 * pages that official pages give, and never a street address: none of the pages read publishes
 * one we could check.
 */
import type { IslandValue, OfficeId } from '../../src/domain';
import type { Office } from '../../src/catalog/catalog-schema';
import { sources } from './sources';

const EVERY_ISLAND: IslandValue[] = ['mallorca', 'menorca', 'ibiza', 'formentera', 'other'];

export const offices = {
  // Govern (CAIB) registry at Hospital Universitari Son Espases: "Alta en el sistema Cl@ve", about 15 min, free.
  'caib-son-espases': {
    islands: ['mallorca'],
    // its page offers registration ("Alta en el sistema Cl@ve") only
    services: ['register'],
    bookingUrl: 'https://ac.fundaciobit.org/citaregistro/reservar-cita;lang=es',
    sources: ['son-espases-caib-registry', 'caib-offices-faq'],
  },
  // AEAT offices register Cl@ve and accredit identity for the FNMT; cita previa by province or postcode.
  // Listed for Mallorca only: elsewhere the plan points to the official finder.
  'aeat-appointment': {
    islands: ['mallorca'],
    // registration offices also change a registration in person (source clave-change-data)
    services: ['register', 'change'],
    bookingUrl: sources['aeat-appointment'].url,
    sources: ['aeat-appointment', 'clave-change-data', 'aeat-fnmt-id-documents'],
  },
  // Seguridad Social offices register Cl@ve by appointment; the page is the only booking reference we have.
  'seg-social-appointment': {
    islands: ['mallorca'],
    // registration offices also change a registration in person (source clave-change-data)
    services: ['register', 'change'],
    bookingUrl: sources['seg-social-clave'].url,
    sources: ['seg-social-clave'],
  },
  // The General Access Portal's office finder itself, where clave-change-data says to choose "Cl@ve".
  // Its address is the one official pages link to (e.g. Madrid's registry pages); no stored copy of
  // the finder could be read, which is why it is a link to act on, not a source of facts.
  'clave-office-finder': {
    islands: EVERY_ISLAND,
    // registration offices also change a registration in person (source clave-change-data)
    services: ['register', 'change'],
    bookingUrl: 'https://administracion.gob.es/pagFront/atencionCiudadana/oficinas/encuentraOficina.htm',
    sources: ['clave-change-data'],
  },
} satisfies Record<OfficeId, Office>;
