// A QR code as one SVG path, made here in the browser (uqr does the encoding), so nothing is
// fetched and the CSP needs no exception. Medium error correction survives a creased poster.
import { encode } from 'uqr';

/** The light margin every QR code needs around it, in modules (ISO/IEC 18004 asks for four). */
export const QUIET_ZONE = 4;

export interface QrDrawing {
  /** Width and height of the drawing in modules, quiet zone included. */
  size: number;
  /** The dark modules, one rectangle per horizontal run. */
  path: string;
}

export function qrDrawing(text: string): QrDrawing {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; ) {
      if (!row[x]) {
        x++;
        continue;
      }
      let end = x;
      while (end < row.length && row[end]) end++;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${end - x}v1h${x - end}z`);
      x = end;
    }
  });
  return { size: data.length + 2 * QUIET_ZONE, path: parts.join('') };
}
