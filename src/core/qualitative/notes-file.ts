// Reads an uploaded notes file into text. The format is decided by the first bytes, never by the
// file name: a zip ("PK") must be a Word document (.docx); anything else must be plain text in
// UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark. Other formats that
// people often have notes in (PDF, older .doc, RTF, Excel) are refused with a message that says
// what the file is and how to save it in a form Cultivate can read.
import { docxText, megabytes, type DocxOptions } from './docx-text.js';
import { NotesImportError, type DetectedFormat } from './notes-error.js';

/** The largest notes file accepted, in bytes (5 MB). */
export const MAX_NOTES_FILE_BYTES = 5 * 1024 * 1024;

export type NotesFormat = 'txt' | 'docx';

export interface NotesText {
  format: NotesFormat;
  /** Lines separated by "\n" (a .docx gives one line per paragraph or manual line break). May be blank. */
  text: string;
}

export interface NotesFileOptions extends DocxOptions {
  /** Defaults to MAX_NOTES_FILE_BYTES. */
  maxBytes?: number;
}

const HOW_TO_FIX = 'Save your notes as a Word document (.docx) or a text file (.txt) and upload them again.';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

// Zip local file header, empty archive, or spanned archive (PKWARE APPNOTE 4.3.7, 4.3.16, 8.5.3).
const ZIP_SIGNATURES = [[0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0x50, 0x4b, 0x07, 0x08]] as const;
// Compound File Binary: Word 97–2003 (.doc), and also any Office file saved with a password.
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const PDF_SIGNATURE = ascii('%PDF-');
const RTF_SIGNATURE = ascii('{\\rtf');
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

const refuse = (detected: DetectedFormat, message: string): NotesImportError => new NotesImportError('unsupported_format', message, { detected });

/** The text of an uploaded notes file. Throws NotesImportError for anything it cannot read. */
export async function readNotesFile(bytes: Uint8Array, options: NotesFileOptions = {}): Promise<NotesText> {
  const maxBytes = options.maxBytes ?? MAX_NOTES_FILE_BYTES;
  if (bytes.length === 0) throw new NotesImportError('empty_file', 'The file is empty. Choose the file that has your notes in it.');
  if (bytes.length > maxBytes) {
    throw new NotesImportError(
      'too_large',
      `The file is ${megabytes(bytes.length)}. Files must be ${megabytes(maxBytes)} or smaller. If your notes have pictures in them, take the pictures out, or save the notes as a text file (.txt).`,
    );
  }
  if (ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
    return { format: 'docx', text: await docxText(bytes, options) };
  }
  if (startsWith(bytes, CFB_SIGNATURE)) {
    throw refuse(
      'legacy_office',
      'This looks like an older Word file (.doc), or a document protected by a password. Cultivate cannot read these. Open it in Word, remove any password, then save it as a Word document (.docx) and upload it again.',
    );
  }
  // A PDF's header may come after up to 1,024 bytes of other data (ISO 32000-1, annex H).
  const head = bytes.subarray(0, 1024 + PDF_SIGNATURE.length);
  for (let at = 0; at + PDF_SIGNATURE.length <= head.length; at++) {
    if (startsWith(head, PDF_SIGNATURE, at)) {
      throw refuse('pdf', `This is a PDF file. Cultivate cannot read notes from a PDF. ${HOW_TO_FIX}`);
    }
  }
  if (startsWith(bytes, RTF_SIGNATURE)) throw refuse('rtf', `This is a Rich Text Format file (.rtf). ${HOW_TO_FIX}`);
  return { format: 'txt', text: decodeText(bytes) };
}

/** Plain text as UTF-16 (with its byte order mark) or UTF-8; anything else is refused, naming the first bad byte. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'be');
  const start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  if (bytes.indexOf(0, start) >= 0) {
    throw refuse('binary', `This is not a text file or a Word document. ${HOW_TO_FIX}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    const offset = invalidUtf8Offset(bytes, start);
    throw badEncoding('UTF-8', offset, lineAt(bytes, offset, 1, 'le'));
  }
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  const offset = invalidUtf16Offset(bytes, order);
  if (offset >= 0) throw badEncoding('UTF-16', offset, lineAt(bytes, offset, 2, order));
  return new TextDecoder(`utf-16${order}`, { ignoreBOM: true }).decode(bytes.subarray(2));
}

function badEncoding(encoding: string, byteOffset: number, line: number): NotesImportError {
  return new NotesImportError(
    'invalid_encoding',
    `The file says it is ${encoding} text, but the byte at offset ${byteOffset} (on line ${line}) is not valid ${encoding}. ` +
      'Save the notes again as UTF-8 text (in Notepad: File, Save as, then choose UTF-8 under Encoding), or as a Word document (.docx), and upload them again.',
    { byteOffset, line },
  );
}

/**
 * The offset of the first byte that does not start a well-formed UTF-8 sequence (the Unicode
 * Standard, table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
 */
export function invalidUtf8Offset(bytes: Uint8Array, start = 0): number {
  let i = start;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let trail: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trail = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      trail = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      trail = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= trail; k++) {
      const byte = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += trail + 1;
  }
  return -1;
}

/** The offset of the first byte of a broken UTF-16 code unit or lone surrogate (after the 2-byte BOM), or -1. */
export function invalidUtf16Offset(bytes: Uint8Array, order: 'le' | 'be'): number {
  const unit = (at: number): number => (order === 'le' ? (bytes[at] as number) | ((bytes[at + 1] as number) << 8) : ((bytes[at] as number) << 8) | (bytes[at + 1] as number));
  let at = 2;
  while (at + 1 < bytes.length) {
    const u = unit(at);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (at + 3 >= bytes.length) return at;
      const next = unit(at + 2);
      if (next < 0xdc00 || next > 0xdfff) return at;
      at += 4;
    } else if (u >= 0xdc00 && u <= 0xdfff) return at;
    else at += 2;
  }
  return at < bytes.length ? at : -1;
}

/** The 1-based line of the byte at `offset`, counting line feeds before it. */
function lineAt(bytes: Uint8Array, offset: number, width: 1 | 2, order: 'le' | 'be'): number {
  let line = 1;
  const first = width === 2 ? 2 : 0;
  for (let at = first; at + width <= offset; at += width) {
    const isFeed = width === 1 ? bytes[at] === 0x0a : order === 'le' ? bytes[at] === 0x0a && bytes[at + 1] === 0 : bytes[at] === 0 && bytes[at + 1] === 0x0a;
    if (isFeed) line++;
  }
  return line;
}
