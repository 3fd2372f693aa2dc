/** The address bar once a link is applied: its answers, `lang` and `v` removed, everything else kept. */
import { FIX_QUESTION_IDS, QUESTION_IDS } from '../domain';
import { LINK_MIGRATIONS, type LinkMigration } from './names';

/** Parameter names a link applies once and that should not stay in the address bar. */
function appliedNames(migrations: readonly LinkMigration[]): ReadonlySet<string> {
  return new Set([
    ...QUESTION_IDS,
    ...FIX_QUESTION_IDS,
    'lang',
    'v',
    ...migrations.flatMap((m) => [...Object.keys(m.renameParams ?? {}), ...(m.dropParams ?? [])]),
  ]);
}

/**
 * What the address bar should show once a link is applied: the same path and hash, without the
 * answers, `lang` and `v`. Embed parameters stay (they are state of an embedded frame, read again
 * on reload) and so do parameters that are not ours. Accepts an absolute or a relative URL and
 * returns a relative one (`/q/doc?embed=1`), ready for history.replaceState or navigate().
 */
export function stripAppliedParams(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://relative.invalid');
  } catch {
    return '/';
  }
  const remove = appliedNames(LINK_MIGRATIONS);
  const kept = new URLSearchParams();
  for (const [name, value] of parsed.searchParams) {
    if (!remove.has(name)) kept.append(name, value);
  }
  const search = kept.toString();
  // `//host` would read as another origin: collapse leading slashes.
  const path = parsed.pathname.replace(/^\/+/, '/');
  return `${path}${search === '' ? '' : `?${search}`}${parsed.hash}`;
}
