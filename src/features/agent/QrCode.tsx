import { useMemo } from 'react';
import { drawQr, qrSvgFile } from './qr';

export interface QrCodeProps {
  readonly value: string;
  /** The accessible name of the image (and the title of the downloaded file). */
  readonly label: string;
  readonly downloadLabel: string;
  readonly tooLongText: string;
  readonly fileName?: string;
}

/** The QR code of `value` as inline SVG, with a link that downloads the same drawing as an .svg file. */
export function QrCode({ value, label, downloadLabel, tooLongText, fileName = 'clave-wizard-link.svg' }: QrCodeProps) {
  const drawing = useMemo(() => drawQr(value), [value]);
  const href = useMemo(
    () => (drawing === undefined ? undefined : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvgFile(drawing, label))}`),
    [drawing, label],
  );
  if (drawing === undefined || href === undefined) return <p className="hint">{tooLongText}</p>;
  return (
    <div className="qr">
      <svg
        className="qr__image"
        role="img"
        aria-label={label}
        viewBox={`0 0 ${drawing.size} ${drawing.size}`}
        shapeRendering="crispEdges"
        data-testid="qr-code"
      >
        <rect width={drawing.size} height={drawing.size} fill="#ffffff" />
        <path d={drawing.path} fill="#000000" />
      </svg>
      <p>
        <a className="button button--secondary" href={href} download={fileName}>
          {downloadLabel}
        </a>
      </p>
    </div>
  );
}
