/** The content catalogue: it parses, every claim is sourced, and ids line up with the domain. */
import { describe, expect, it } from 'vitest';
import {
  checklistGroupIds,
  checklistItemIds,
  islandValues,
  sourceIds,
  type SourceId,
} from '../../src/domain';
import { rawCatalog } from '../../content/catalog';
import { catalog, flagReadOn, isoDateSchema, parseCatalog, sourcesCheckedAfter, sourcesOf } from '../../src/catalog';

/** Today, from the machine's clock: a page cannot have been read after today. */
const TODAY = new Date().toISOString().slice(0, 10);

/**
 * A regional-language copy of a page (Catalan, Valencian, Galician, Basque, or another
 * language such as Vietnamese): a path segment, a locale segment or a language parameter.
 */
const REGIONAL_COPY = /\/(ca|gl|eu|va|vi)\/|\/(ca|gl|va|eu)_es\/|language\/(gl|ca|eu)_ES|_ca-valencia|[?&]language=(ca|gl|eu)\b|\.cat\//i;
/** Sources kept in a regional-language copy because no Spanish or English copy of the page could be found. */
const REGIONAL_ONLY: ReadonlySet<SourceId> = new Set<SourceId>([
  'administracion-register-clave',
  'clave-faq',
  'aeat-support-number',
  'extranjeria-file-status',
  'palma-padron',
]);

/** Every table whose entries cite sources, as [table, id, sources] rows. */
const citing: [string, string, readonly SourceId[]][] = [
  ...Object.entries(catalog.checklist).map(([id, e]) => ['checklist', id, e.sources] as [string, string, readonly SourceId[]]),
  ...Object.entries(catalog.warnings).map(([id, e]) => ['warnings', id, e.sources] as [string, string, readonly SourceId[]]),
  ...Object.entries(catalog.nextSteps).map(([id, e]) => ['nextSteps', id, e.sources] as [string, string, readonly SourceId[]]),
  ...Object.entries(catalog.offices).map(([id, e]) => ['offices', id, e.sources] as [string, string, readonly SourceId[]]),
  ...Object.entries(catalog.capabilities).map(([id, e]) => ['capabilities', id, e.sources] as [string, string, readonly SourceId[]]),
  ...Object.entries(catalog.flags).map(([id, e]) => ['flags', id, e.sources] as [string, string, readonly SourceId[]]),
  ...Object.entries(catalog.routeNotes).map(([id, e]) => ['routeNotes', id, e.sources] as [string, string, readonly SourceId[]]),
  ...Object.entries(catalog.fixes).map(([id, e]) => ['fixes', id, e.sources] as [string, string, readonly SourceId[]]),
  ...Object.entries(catalog.fixNotes).map(([id, e]) => ['fixNotes', id, e.sources] as [string, string, readonly SourceId[]]),
  ...Object.entries(catalog.ruleSources).map(([id, s]) => ['ruleSources', id, s] as [string, string, readonly SourceId[]]),
];

/** Sources the UI cites directly rather than through a catalogue entry (the NIE check-letter helper). */
const CITED_BY_UI: SourceId[] = ['check-letter-algorithm'];
/** Entries allowed to rest on secondary sources only; each says so in its wording. */
const SECONDARY_ONLY = new Set([
  'warnings/notifications-check-regularly',
  'capabilities/dehu-notifications',
]);

describe('catalogue', () => {
  it('parses with its schema and is frozen', () => {
    expect(() => parseCatalog(rawCatalog)).not.toThrow();
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.checklist['mobile-and-email'].sources)).toBe(true);
  });

  it('rejects a bad entry with an error naming its path', () => {
    const broken = structuredClone(rawCatalog);
    broken.checklist['book-appointment'].sources = [];
    expect(() => parseCatalog(broken)).toThrow(/cite at least one source\s+→ at checklist\["book-appointment"\]\.sources/);
  });

  it('rejects a missing id (every table is exhaustive over its domain enum)', () => {
    const broken = structuredClone(rawCatalog) as { warnings: Record<string, unknown> };
    delete broken.warnings['code-expiry'];
    expect(() => parseCatalog(broken)).toThrow(/warnings/);
  });

  it('rejects an unknown field such as a street address on an office', () => {
    const broken = structuredClone(rawCatalog);
    Object.assign(broken.offices['aeat-appointment'], { address: 'Calle Inventada 1' });
    expect(() => parseCatalog(broken)).toThrow(/Unrecognized key: "address"/);
  });
});

describe('sources', () => {
  it('no date is in the future (sourcesCheckedAfter finds one when there is)', () => {
    expect(sourcesCheckedAfter(TODAY)).toEqual([]);
    for (const id of sourceIds.options) expect(isoDateSchema.safeParse(catalog.sources[id].lastChecked).success, id).toBe(true);
    const future = { ...catalog.sources, 'clave-faq': { ...catalog.sources['clave-faq'], lastChecked: '2999-01-01' } };
    expect(sourcesCheckedAfter(TODAY, future)).toEqual(['clave-faq']);
  });

  it('no date without a source: a flag carries no date of its own, only the latest day its sources were read', () => {
    for (const [id, flag] of Object.entries(catalog.flags)) {
      expect(Object.keys(flag), id).not.toContain('lastChecked');
      const dates = flag.sources.map((s) => catalog.sources[s].lastChecked);
      expect(dates, id).toContain(flagReadOn(id as keyof typeof catalog.flags));
      expect(dates.every((d) => d <= flagReadOn(id as keyof typeof catalog.flags)), id).toBe(true);
    }
  });

  it('use the Spanish or English copy of a page, not a regional-language one, unless none exists', () => {
    const regional = sourceIds.options.filter((id) => REGIONAL_COPY.test(catalog.sources[id].url));
    expect(regional.filter((id) => !REGIONAL_ONLY.has(id))).toEqual([]);
    // The pattern itself recognises the copies it must reject.
    for (const url of [
      'https://clave.gob.es/clave_Home/eu/registro/Preguntas-frecuentes.html',
      'https://sede.agenciatributaria.gob.es/Sede/gl_es/ayuda/x.html',
      'https://sede.administracionespublicas.gob.es/pagina/index/directorio/infoext2/language/gl_ES',
      'https://sede.policia.gob.es/portalCiudadano/_ca-valencia/tramites.php',
      'https://exteriores.gob.es/Embajadas/hanoi/vi/ServiciosConsulares/x.aspx',
      'https://ordenacionjuego.es/ca/calculo-digito-control',
    ]) {
      expect(REGIONAL_COPY.test(url), url).toBe(true);
    }
    expect(REGIONAL_COPY.test('https://sede.agenciatributaria.gob.es/Sede/en_gb/ayuda/x.html')).toBe(false);
  });

  it('never use a host with a trailing dot', () => {
    for (const id of sourceIds.options) expect(new URL(catalog.sources[id].url).hostname, id).not.toMatch(/\.$/);
    const everyUrl = [
      ...Object.values(catalog.offices).map((o) => o.bookingUrl),
      ...Object.values(catalog.checklist).flatMap((e) => (e.link === undefined ? [] : [e.link])),
      ...Object.values(catalog.nextSteps).flatMap((e) => (e.link === undefined ? [] : [e.link])),
    ];
    for (const url of everyUrl) expect(new URL(url).hostname, url).not.toMatch(/\.$/);
  });

  it('each URL appears once (one id per page)', () => {
    const urls = Object.values(catalog.sources).map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('are all cited by something', () => {
    const cited = new Set([...citing.flatMap(([, , s]) => s), ...CITED_BY_UI]);
    expect(sourceIds.options.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('sourcesOf returns entries with their ids, in order', () => {
    expect(sourcesOf(['clave-faq', 'seg-social-clave']).map((s) => s.id)).toEqual(['clave-faq', 'seg-social-clave']);
  });
});

describe('citations', () => {
  it('every entry rests on an official source (or is a known secondary-only entry, which says so in its words)', () => {
    const unofficial = citing
      .filter(([, , sources]) => !sources.some((s) => catalog.sources[s].kind === 'official'))
      .map(([table, id]) => `${table}/${id}`);
    expect(unofficial.filter((entry) => !SECONDARY_ONLY.has(entry))).toEqual([]);
    expect([...SECONDARY_ONLY].filter((entry) => !unofficial.includes(entry))).toEqual([]);
  });

  it('every flag referenced exists', () => {
    const referenced = [
      ...Object.values(catalog.checklist).map((e) => e.flag),
      ...Object.values(catalog.warnings).map((e) => e.flag),
      ...Object.values(catalog.routeNotes).map((e) => e.flag),
      ...Object.values(catalog.fixes).map((e) => e.flag),
      ...Object.values(catalog.fixNotes).map((e) => e.flag),
    ].filter((flag) => flag !== undefined);
    expect(referenced.length).toBeGreaterThan(0);
    for (const flag of referenced) expect(catalog.flags[flag], flag).toBeDefined();
  });

  it('every flag is shown somewhere', () => {
    const referenced = new Set([
      ...Object.values(catalog.checklist).map((e) => e.flag),
      ...Object.values(catalog.warnings).map((e) => e.flag),
      ...Object.values(catalog.routeNotes).map((e) => e.flag),
      ...Object.values(catalog.fixes).map((e) => e.flag),
      ...Object.values(catalog.fixNotes).map((e) => e.flag),
    ]);
    expect(Object.keys(catalog.flags).filter((flag) => !referenced.has(flag as never))).toEqual([]);
  });

  it('a link to act on is the page of an official source the entry cites', () => {
    const linked = [...Object.entries(catalog.checklist), ...Object.entries(catalog.nextSteps), ...Object.entries(catalog.fixes)].filter(
      ([, e]) => e.link !== undefined,
    );
    expect(linked.length).toBeGreaterThan(0);
    for (const [id, entry] of linked) {
      const pages = entry.sources.filter((s) => catalog.sources[s].kind === 'official').map((s) => catalog.sources[s].url);
      expect(pages, id).toContain(entry.link);
    }
  });
});

describe('checklist', () => {
  it('is in the domain order, grouped before → at-office → after', () => {
    const ids = Object.keys(rawCatalog.checklist);
    expect(ids).toEqual(checklistItemIds.options);
    const rank = ids.map((id) => checklistGroupIds.options.indexOf(rawCatalog.checklist[id as keyof typeof rawCatalog.checklist].group));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
    expect(new Set(rank)).toEqual(new Set([0, 1, 2]));
  });
});

describe('offices', () => {
  it('carry no street address, only a booking page', () => {
    for (const [id, office] of Object.entries(catalog.offices)) {
      expect(Object.keys(office).sort(), id).toEqual(['bookingUrl', 'islands', 'services', 'sources']);
      expect(office.bookingUrl, id).toMatch(/^https:\/\//);
    }
  });

  it('Mallorca lists its sourced offices; everywhere else gets the official finder only', () => {
    for (const id of ['caib-son-espases', 'aeat-appointment', 'seg-social-appointment'] as const) {
      expect(catalog.offices[id].islands, id).toEqual(['mallorca']);
    }
    expect([...catalog.offices['clave-office-finder'].islands].sort()).toEqual([...islandValues.options].sort());
  });

  it('"find an office" opens the General Access Portal office finder itself, not a page about offices', () => {
    const finder = new URL(catalog.offices['clave-office-finder'].bookingUrl);
    expect(finder.hostname).toBe('administracion.gob.es');
    expect(finder.pathname).toMatch(/\/oficinas\/encuentraOficina\.htm$/);
    const sourcePages = new Set(Object.values(catalog.sources).map((s) => s.url));
    expect(sourcePages.has(finder.href)).toBe(false);
  });

  it('every island has at least one office', () => {
    for (const island of islandValues.options) {
      expect(Object.values(catalog.offices).some((o) => o.islands.includes(island)), island).toBe(true);
    }
  });
});
