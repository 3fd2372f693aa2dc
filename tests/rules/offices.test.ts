/** docs/rules.md — offices: Mallorca lists the sourced offices; elsewhere the official finder; none without a visit. */
import { describe, expect, it } from 'vitest';
import { officeIds, type Answers, type IslandValue, type OfficeId, type Route } from '../../src/domain';
import { catalog } from '../../src/catalog';
import { planFor, type RuleCase } from './support/plan';

const OTHER_ISLANDS: IslandValue[] = ['menorca', 'ibiza', 'formentera', 'other'];
/** An in-person plan, for any island. */
const inPerson = (island: IslandValue): Answers => ({ id: 'nie', doc: 'tie', tasks: ['social-security'], island });

interface OfficeExpect {
  route: Route;
  offices: 'none' | 'some';
}

const visitCases: RuleCase<OfficeExpect>[] = [
  { sentence: 'in person: offices are listed', answers: inPerson('mallorca'), expect: { route: 'in-person', offices: 'some' } },
  {
    sentence: 'FNMT one trip (identity at an office): offices are listed',
    answers: { work: 'autonomo', computer: 'yes', island: 'mallorca' },
    expect: { route: 'fnmt-then-certificate', offices: 'some' },
  },
  {
    sentence: 'certificate-online: no visit, no offices',
    answers: { id: 'nie', cert: 'yes', island: 'mallorca' },
    expect: { route: 'certificate-online', offices: 'none' },
  },
  {
    sentence: 'the letter when the user cannot visit: no offices',
    answers: { id: 'nie', doc: 'tie', visit: 'no', computer: 'no', island: 'mallorca' },
    expect: { route: 'invitation-letter', offices: 'none' },
  },
  {
    sentence: 'FNMT by notarised signature (cannot visit): no offices',
    answers: { id: 'nie', doc: 'nie-paper', visit: 'no', computer: 'yes', island: 'mallorca' },
    expect: { route: 'fnmt-then-certificate', offices: 'none' },
  },
];

describe('offices', () => {
  it.each(visitCases)('$sentence', ({ answers, expect: e }) => {
    const plan = planFor(answers);
    expect(plan.route).toBe(e.route);
    expect(plan.offices.length > 0 ? 'some' : 'none').toBe(e.offices);
  });

  it('Mallorca lists the offices the catalogue sources: CAIB Son Espases, AEAT and Seguridad Social appointments', () => {
    const offices = planFor(inPerson('mallorca')).offices;
    expect(offices).toEqual(expect.arrayContaining<OfficeId>(['caib-son-espases', 'aeat-appointment', 'seg-social-appointment']));
  });

  it.each(OTHER_ISLANDS)('%s: only the official office finder', (island) => {
    const offices = planFor(inPerson(island)).offices;
    expect(offices).not.toContain('caib-son-espases');
    expect(offices).toEqual(['clave-office-finder']);
  });

  it('every office in the catalogue has a source and a booking link, and no address field', () => {
    for (const id of officeIds.options) {
      const office = catalog.offices[id];
      expect(office.sources.length).toBeGreaterThan(0);
      expect(office.bookingUrl).toMatch(/^https:\/\//);
      expect(Object.keys(office)).not.toContain('address');
    }
  });

  it('the Son Espases registry links to its appointment page', () => {
    expect(catalog.offices['caib-son-espases'].bookingUrl).toBe('https://ac.fundaciobit.org/citaregistro/reservar-cita;lang=es');
  });
});
