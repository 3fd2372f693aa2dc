/**
 * Embed theming from an accent colour (pure): the custom properties the stylesheet reads.
 * The text on accent-coloured buttons is black or white, whichever contrasts more (WCAG 2 ratio).
 */
import { normaliseAccent } from './options';

export type AccentTheme = Readonly<Record<'--accent' | '--accent-hover' | '--accent-contrast', string>>;

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((c) => Math.round(c ?? 0).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes `hex` towards `target` by `amount` (0..1). */
function mix(hex: string, target: string, amount: number): string {
  const from = channels(hex);
  const to = channels(target);
  return toHex(from.map((c, i) => c + ((to[i] ?? c) - c) * amount));
}

/** The custom properties for an accent colour, or undefined when the colour is not valid hex. */
export function accentTheme(accent: string): AccentTheme | undefined {
  const colour = normaliseAccent(accent);
  if (colour === undefined) return undefined;
  const white = '#ffffff';
  const black = '#111111';
  const onAccent = contrastRatio(colour, white) >= contrastRatio(colour, black) ? white : black;
  // Hover moves away from the text colour, so the button text stays readable.
  const hover = mix(colour, onAccent === white ? '#000000' : white, 0.25);
  return { '--accent': colour, '--accent-hover': hover, '--accent-contrast': onAccent };
}
