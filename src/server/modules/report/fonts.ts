// The report's typeface, read from an installed package so nothing is fetched at run time.
// Arimo (SIL Open Font License, from @expo-google-fonts/arimo) has the same letter widths as
// Arial, which the charts name, so charts and text measure alike in the PDF, in the PNG fallback
// and in Word (which shows Arial). The PDF embeds it, as PDF/UA requires of every font.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontFace, string> = {
  regular: '400Regular/Arimo_400Regular.ttf',
  bold: '700Bold/Arimo_700Bold.ttf',
  italic: '400Regular_Italic/Arimo_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Arimo_700Bold_Italic.ttf',
};

/** The family name inside the font files, which resvg matches on. */
export const FONT_FAMILY = 'Arimo';

export function fontPath(face: FontFace): string {
  return require.resolve(`@expo-google-fonts/arimo/${FILES[face]}`);
}

const cache = new Map<FontFace, Buffer>();

/** The font file's bytes, read once. */
export function fontData(face: FontFace): Buffer {
  let data = cache.get(face);
  if (!data) {
    data = readFileSync(fontPath(face));
    cache.set(face, data);
  }
  return data;
}

export const FONT_FACES: readonly FontFace[] = ['regular', 'bold', 'italic', 'boldItalic'];
