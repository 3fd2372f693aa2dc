/**
 * QR codes as SVG, drawn from uqr's module matrix (no canvas, no DOM): one <path> of dark
 * runs, a white quiet zone of 4 modules, medium error correction (a printed code survives a crease).
 */
import { encode } from 'uqr';

export interface QrDrawing {
  /** Modules per side, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  readonly size: number;
  /** The dark modules as one path, horizontal runs merged. */
  readonly path: string;
  /** The module matrix (true = dark), quiet zone included: for tests and decoders. */
  readonly modules: readonly (readonly boolean[])[];
}

/** The QR code of `text`, or undefined when it does not fit in a QR code. */
export function drawQr(text: string): QrDrawing | undefined {
  let modules: boolean[][];
  try {
    modules = encode(text, { ecc: 'M', border: 4 }).data;
  } catch {
    return undefined;
  }
  const parts: string[] = [];
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (row[x] !== true) continue;
      let run = 1;
      while (row[x + run] === true) run++;
      parts.push(`M${x} ${y}h${run}v1h-${run}z`);
      x += run - 1;
    }
  });
  return { size: modules.length, path: parts.join(''), modules };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A standalone SVG file of the drawing (for the download), titled for screen readers. */
export function qrSvgFile(drawing: QrDrawing, title: string): string {
  const { size, path } = drawing;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 8}" height="${size * 8}" shape-rendering="crispEdges" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${size}" height="${size}" fill="#ffffff"/>`,
    `<path d="${path}" fill="#000000"/>`,
    '</svg>',
  ].join('\n');
}
