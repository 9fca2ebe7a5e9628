// SVG to PNG, for the fallback image Word needs beside an SVG (older Word and other editors
// show only the PNG). resvg renders in Rust from the SVG alone, with the report's own font
// files and no system fonts, so the picture is the same on every machine. The async form
// renders on libuv's thread pool, off the event loop and several charts at once.
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FACES, FONT_FAMILY, fontPath } from './fonts.js';

function options(width: number, scale: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(width * scale)) },
    background: '#ffffff',
    font: {
      fontFiles: FONT_FACES.map(fontPath),
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  };
}

/** Renders at `scale` times the SVG's own width (2 keeps it sharp when Word prints it). */
export function svgToPng(svg: string, width: number, scale = 2): Buffer {
  return new Resvg(svg, options(width, scale)).render().asPng();
}

/** As svgToPng, without holding up the event loop. */
export async function svgToPngAsync(svg: string, width: number, scale = 2): Promise<Buffer> {
  return (await renderAsync(svg, options(width, scale))).asPng();
}
