/** The embed code an agency pastes into its page: the host element plus the host-page script. */

export interface SnippetOptions {
  /** The wizard's address (origin plus base path), e.g. `https://wizard.example/`. */
  readonly base: string;
  /** The answers as a query string without `?` (as buildLink writes them). */
  readonly answers: string;
  /** A page of the wizard to open at instead of its start (an absolute address on its origin). */
  readonly page?: string;
  readonly lang?: string | undefined;
  /** `#rrggbb` */
  readonly accent?: string | undefined;
  readonly transparent?: boolean;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippet({ base, answers, page, lang, accent, transparent = false }: SnippetOptions): string {
  const attributes = ['data-clave-wizard'];
  if (page !== undefined) attributes.push(`data-src="${escapeAttribute(page)}"`);
  if (answers !== '') attributes.push(`data-answers="${escapeAttribute(answers)}"`);
  if (lang !== undefined && lang !== '') attributes.push(`data-lang="${escapeAttribute(lang)}"`);
  if (accent !== undefined) attributes.push(`data-accent="${escapeAttribute(accent)}"`);
  if (transparent) attributes.push('data-bg="transparent"');
  const script = new URL('embed.js', base).href;
  return `<div ${attributes.join(' ')}></div>\n<script src="${escapeAttribute(script)}" async></script>`;
}
