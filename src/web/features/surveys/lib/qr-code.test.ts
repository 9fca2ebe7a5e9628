import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrDrawing } from './qr-code.js';

/** Redraws the path as a grid of dark modules, to compare with the encoder's own matrix. */
function gridFromPath(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

describe('qrDrawing', () => {
  const url = 'https://cultivate.example.nhs.uk/respond/open/Zm9vYmFyYmF6cXV4';

  it('draws exactly the modules the encoder produced, inside a four-module quiet zone', () => {
    const { data } = encode(url, { ecc: 'M', border: 0 });
    const drawing = qrDrawing(url);
    expect(drawing.size).toBe(data.length + 8);
    const grid = gridFromPath(drawing.path, drawing.size);
    const inner = grid.slice(QUIET_ZONE, -QUIET_ZONE).map((r) => r.slice(QUIET_ZONE, -QUIET_ZONE));
    expect(inner).toEqual(data);
    // Nothing is drawn in the quiet zone.
    expect(grid.slice(0, QUIET_ZONE).flat().some(Boolean)).toBe(false);
    expect(grid.map((r) => r.slice(0, QUIET_ZONE)).flat().some(Boolean)).toBe(false);
  });

  it('starts with the top edge of the top-left finder pattern: seven dark modules', () => {
    expect(qrDrawing(url).path.startsWith('M4 4h7v1h-7z')).toBe(true);
  });

  it('sizes the symbol to the address: version 4 (33 modules) for 62 characters, version 2 (25) for 19', () => {
    expect(url.length).toBe(62);
    expect(qrDrawing(url).size).toBe(33 + 8);
    expect(qrDrawing('https://x.example/r').size).toBe(25 + 8);
  });
});
