import { describe, expect, it } from 'vitest';
import { NotesImportError } from './notes-error.js';
import { decodeText, invalidUtf16Offset, invalidUtf8Offset, MAX_NOTES_FILE_BYTES, readNotesFile } from './notes-file.js';
import { importNotes } from './notes-import.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = [...(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out.push(...(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return new Uint8Array(out);
}

async function failure(promise: Promise<unknown>): Promise<NotesImportError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof NotesImportError)) throw new Error(`expected a NotesImportError, got ${String(err)}`);
  return err;
}

function failureOf(fn: () => unknown): NotesImportError {
  try {
    fn();
  } catch (err) {
    if (err instanceof NotesImportError) return err;
    throw err;
  }
  throw new Error('expected a NotesImportError');
}

describe('reading text files', () => {
  it('reads UTF-8 with and without a byte order mark, to the same text', async () => {
    const text = 'Café staff said: “we’re proud”\r\nSecond line';
    expect(await readNotesFile(utf8(text))).toEqual({ format: 'txt', text });
    expect(await readNotesFile(bytes([0xef, 0xbb, 0xbf], text))).toEqual({ format: 'txt', text });
  });

  it('reads UTF-16 in either byte order when it has a byte order mark, including characters outside the basic plane', async () => {
    const text = 'Ward 7 🙂 felt listened to\nBwrdd Iechyd';
    expect((await readNotesFile(utf16(text, 'le'))).text).toBe(text);
    expect((await readNotesFile(utf16(text, 'be'))).text).toBe(text);
  });

  it('turns a text file into excerpts, one per non-blank line', async () => {
    const { format, excerpts } = await importNotes(utf8('  First   point\t here \r\n\r\n- Second point\n   \n'), []);
    expect(format).toBe('txt');
    expect(excerpts).toEqual([
      { questionId: null, text: 'First point here' },
      { questionId: null, text: 'Second point' },
    ]);
  });
});

describe('refusing files that cannot be read', () => {
  it('refuses an empty file', async () => {
    const err = await failure(readNotesFile(new Uint8Array()));
    expect(err.code).toBe('empty_file');
    expect(err.message).toBe('The file is empty. Choose the file that has your notes in it.');
  });

  it('accepts a file of exactly 5 MB and refuses one a byte larger, saying how large it is', async () => {
    expect(MAX_NOTES_FILE_BYTES).toBe(5 * 1024 * 1024);
    const atLimit = new Uint8Array(MAX_NOTES_FILE_BYTES).fill(0x61);
    expect((await readNotesFile(atLimit)).text.length).toBe(MAX_NOTES_FILE_BYTES);

    const over = await failure(readNotesFile(new Uint8Array(MAX_NOTES_FILE_BYTES + 1).fill(0x61)));
    expect(over.code).toBe('too_large');
    expect(over.message).toBe(
      'The file is 5.1 MB. Files must be 5 MB or smaller. If your notes have pictures in them, take the pictures out, or save the notes as a text file (.txt).',
    );
    const six = await failure(readNotesFile(new Uint8Array(6 * 1024 * 1024)));
    expect(six.message).toMatch(/^The file is 6 MB\. Files must be 5 MB or smaller\./);
  });

  it('checks the size before anything else, so a large PDF is refused for its size', async () => {
    const err = await failure(readNotesFile(bytes('%PDF-1.7'), { maxBytes: 4 }));
    expect(err.code).toBe('too_large');
  });

  it('refuses a PDF, even with other bytes before its header', async () => {
    const plain = await failure(readNotesFile(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj')));
    expect([plain.code, plain.details.detected]).toEqual(['unsupported_format', 'pdf']);
    expect(plain.message).toBe(
      'This is a PDF file. Cultivate cannot read notes from a PDF. Save your notes as a Word document (.docx) or a text file (.txt) and upload them again.',
    );
    const prefixed = await failure(readNotesFile(bytes('x'.repeat(500), '%PDF-1.4')));
    expect(prefixed.details.detected).toBe('pdf');
  });

  it('refuses an older Word file (.doc) and asks for .docx', async () => {
    const err = await failure(readNotesFile(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])));
    expect([err.code, err.details.detected]).toEqual(['unsupported_format', 'legacy_office']);
    expect(err.message).toBe(
      'This looks like an older Word file (.doc), or a document protected by a password. Cultivate cannot read these. Open it in Word, remove any password, then save it as a Word document (.docx) and upload it again.',
    );
  });

  it('refuses Rich Text Format', async () => {
    const err = await failure(readNotesFile(bytes('{\\rtf1\\ansi Notes}')));
    expect(err.details.detected).toBe('rtf');
    expect(err.message).toBe(
      'This is a Rich Text Format file (.rtf). Save your notes as a Word document (.docx) or a text file (.txt) and upload them again.',
    );
  });

  it('refuses other binary files (any zero byte) as not text', async () => {
    const png = bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const err = await failure(readNotesFile(png));
    expect([err.code, err.details.detected]).toEqual(['unsupported_format', 'binary']);
    expect(err.message).toBe('This is not a text file or a Word document. Save your notes as a Word document (.docx) or a text file (.txt) and upload them again.');
  });

  it('refuses text that is not UTF-8, naming the offset and line of the first bad byte', async () => {
    // "£" in Windows-1252 is the single byte 0xA3, which cannot start a UTF-8 character.
    const file = bytes('Line one\nPay is ', [0xa3], '20 short');
    const err = await failure(readNotesFile(file));
    expect(err.code).toBe('invalid_encoding');
    expect(err.details).toEqual({ byteOffset: 16, line: 2 });
    expect(err.message).toBe(
      'The file says it is UTF-8 text, but the byte at offset 16 (on line 2) is not valid UTF-8. Save the notes again as UTF-8 text (in Notepad: File, Save as, then choose UTF-8 under Encoding), or as a Word document (.docx), and upload them again.',
    );
  });

  it('counts the offset from the start of the file, byte order mark included', () => {
    const err = failureOf(() => decodeText(bytes([0xef, 0xbb, 0xbf], 'ok', [0xff])));
    expect(err.details).toEqual({ byteOffset: 5, line: 1 });
  });

  it('refuses UTF-16 with a lone surrogate or an odd byte at the end, naming the offset', () => {
    const lone = utf16('ab\ncd', 'le');
    const broken = new Uint8Array([...lone, 0x00, 0xd8, 0x41, 0x00]); // U+D800 then "A"
    const err = failureOf(() => decodeText(broken));
    expect(err.code).toBe('invalid_encoding');
    expect(err.details).toEqual({ byteOffset: 12, line: 2 });
    expect(err.message).toMatch(/^The file says it is UTF-16 text, but the byte at offset 12 \(on line 2\) is not valid UTF-16\./);
    expect(invalidUtf16Offset(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00]), 'be')).toBe(4);
  });

  it('refuses a file with only blank lines or a byte order mark as having no notes', async () => {
    const blank = await failure(importNotes(utf8(' \r\n\t\n'), []));
    expect(blank.code).toBe('no_text');
    expect(blank.message).toBe('The file has no notes in it. Check that you chose the right file.');
    expect((await failure(importNotes(bytes([0xef, 0xbb, 0xbf]), []))).code).toBe('no_text');
    expect((await failure(importNotes(utf8('-----\n***'), []))).code).toBe('no_text');
  });
});

describe('finding the first byte that is not UTF-8', () => {
  it('accepts well-formed text of every sequence length', () => {
    expect(invalidUtf8Offset(utf8('a é € 🙂'))).toBe(-1);
  });

  it.each([
    ['a stray continuation byte', [0x61, 0x80], 1],
    ['an overlong two-byte form', [0x61, 0xc0, 0x80], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80], 0],
    ['an encoded surrogate', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short by the end of the file', [0x61, 0xe2, 0x82], 1],
    ['a sequence cut short by an ASCII byte', [0xe2, 0x82, 0x41], 0],
    ['a byte that never appears in UTF-8', [0x61, 0x62, 0x63, 0xff], 3],
  ])('finds %s', (_name, input, offset) => {
    expect(invalidUtf8Offset(new Uint8Array(input))).toBe(offset);
  });
});
