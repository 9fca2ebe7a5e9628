// Typed or pasted notes: each line (a paragraph, when pasted from a document) becomes one note.
// Blank lines, lines with no letters or digits ("-----") and the bullets people type are dropped,
// so a pasted list arrives as one note per point.

/** The server's limits for one request (conversations.schemas.ts). */
export const MAX_NOTE_CHARS = 5000;
export const MAX_NOTES_AT_ONCE = 500;

const BULLET = /^(?:[•◦▪‣⁃●○■□·*\-–—]|\d{1,3}[.)])\s+/u;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

export function notesFromText(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/\s+/g, ' ').trim().replace(BULLET, '').trim())
    .filter((line) => HAS_CONTENT.test(line));
}

/** The problem with a batch of notes before it is sent, or null when it can go. */
export function notesProblem(notes: readonly string[]): string | null {
  if (notes.length === 0) return 'Enter your notes';
  if (notes.length > MAX_NOTES_AT_ONCE) return `Add ${MAX_NOTES_AT_ONCE} notes or fewer at once (there are ${notes.length.toLocaleString('en-GB')})`;
  const long = notes.findIndex((n) => n.length > MAX_NOTE_CHARS);
  if (long >= 0) return `Note ${long + 1} must be ${MAX_NOTE_CHARS.toLocaleString('en-GB')} characters or fewer. Split it over more lines`;
  return null;
}
