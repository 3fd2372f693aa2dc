/**
 * The content catalogue, parsed with its schema when this module loads and frozen, plus
 * small typed look-ups. Pure: no React, no i18next, no DOM or storage, no clock (dates
 * to compare against are passed in).
 */
import * as z from 'zod/mini';
import type { FlagId, SourceId } from '../domain';
import { rawCatalog } from '../../content/catalog';
import { catalogSchema, type Catalog, type Source } from './catalog-schema';

export * from './catalog-schema';
export * from './locale-schema';
export { flattenKeys, placeholdersOf } from './locale-keys';

export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value as DeepReadonly<T>;
}

/**
 * Validates a catalogue and returns it frozen. Throws an error whose message names each bad
 * path (e.g. `✖ cite at least one source → at checklist["book-appointment"].sources`), so a broken content edit fails loudly.
 */
export function parseCatalog(input: unknown): DeepReadonly<Catalog> {
  // English issue messages for this parse only: no global zod configuration from a content module.
  const result = catalogSchema.safeParse(input, { error: z.locales.en().localeError });
  if (!result.success) {
    throw new Error(`The content catalogue (content/catalog) is invalid:\n${z.prettifyError(result.error)}`);
  }
  return deepFreeze(result.data);
}

export const catalog: DeepReadonly<Catalog> = parseCatalog(rawCatalog);

/** The source entries behind a list of ids, in the same order. */
export function sourcesOf(ids: readonly SourceId[]): readonly (DeepReadonly<Source> & { id: SourceId })[] {
  return ids.map((id) => ({ id, ...catalog.sources[id] }));
}

/** The day a flag's sources were last read: the latest of their dates (YYYY-MM-DD sorts as text). */
export function flagReadOn(id: FlagId): string {
  return catalog.flags[id].sources.map((s) => catalog.sources[s].lastChecked).reduce((a, b) => (b > a ? b : a));
}

/**
 * Sources whose lastChecked is after `asOf` (YYYY-MM-DD), i.e. dated in the future.
 * The caller passes the date in; this module never reads the clock.
 */
export function sourcesCheckedAfter(
  asOf: string,
  sources: Readonly<Record<SourceId, { readonly lastChecked: string }>> = catalog.sources,
): SourceId[] {
  return (Object.keys(sources) as SourceId[]).filter((id) => sources[id].lastChecked > asOf);
}
