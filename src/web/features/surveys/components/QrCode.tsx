// A QR code drawn as inline SVG from a local encoder: nothing is fetched, nothing inline is styled.
import { useMemo } from 'react';
import { qrDrawing } from '../lib/qr-code.js';

export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrDrawing(text), [text]);
  return (
    <svg className="app-qr" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} xmlns="http://www.w3.org/2000/svg" shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
