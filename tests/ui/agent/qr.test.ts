/** The QR drawing decodes (with jsQR, an independent decoder) to exactly the text it was given. */
import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { drawQr, qrSvgFile, type QrDrawing } from '../../../src/features/agent/qr';

/** Rasterises the module matrix: `scale` pixels per module, RGBA, black on white. */
function pixels(drawing: QrDrawing, scale = 4): { data: Uint8ClampedArray; width: number } {
  const width = drawing.size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  drawing.modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = ((y * scale + dy) * width + (x * scale + dx)) * 4;
          data[i] = 0;
          data[i + 1] = 0;
          data[i + 2] = 0;
        }
      }
    });
  });
  return { data, width };
}

function decode(text: string): string | undefined {
  const drawing = drawQr(text);
  if (drawing === undefined) return undefined;
  const { data, width } = pixels(drawing);
  return jsQR(data, width, width)?.data;
}

describe('drawQr', () => {
  it('decodes to the exact link', () => {
    const link =
      'https://wizard.example/?id=nie&doc=eu-cert&phone=es&app=yes&cert=no&work=employee&tasks=tax,social-security,sign&use=occasional&visit=yes&fiscal=yes&island=mallorca&lang=de&embed=1&accent=0b6e4f&v=1';
    expect(decode(link)).toBe(link);
  });

  it('decodes to the text for arbitrary URL-like strings', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (url) => {
        expect(decode(url)).toBe(url);
      }),
      { numRuns: 25 },
    );
  });

  it('keeps a quiet zone of 4 modules and merges runs into one path', () => {
    const drawing = drawQr('https://wizard.example/?v=1');
    expect(drawing).toBeDefined();
    if (drawing === undefined) return;
    expect(drawing.modules[0]?.some(Boolean)).toBe(false);
    expect(drawing.modules[3]?.some(Boolean)).toBe(false);
    expect(drawing.modules[4]?.[4]).toBe(true);
    expect(drawing.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
  });

  it('returns undefined for text too long for any QR code', () => {
    expect(drawQr('x'.repeat(5000))).toBeUndefined();
  });

  it('writes a standalone, titled SVG file with the title escaped', () => {
    const drawing = drawQr('https://wizard.example/?v=1');
    if (drawing === undefined) throw new Error('no drawing');
    const file = qrSvgFile(drawing, 'Link <for> "you"');
    expect(file).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(file).toContain('<title>Link &#60;for&#62; &#34;you&#34;</title>');
    expect(file).toContain(`viewBox="0 0 ${drawing.size} ${drawing.size}"`);
  });
});
