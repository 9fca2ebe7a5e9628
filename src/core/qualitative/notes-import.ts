// From an uploaded notes file to excerpts: read the bytes (notes-file), then split the text into
// excerpts under the guide's question headings (notes-excerpts).
import { NotesImportError } from './notes-error.js';
import { notesExcerpts, type Excerpt, type HeadingQuestion } from './notes-excerpts.js';
import { readNotesFile, type NotesFileOptions, type NotesFormat } from './notes-file.js';

export interface NotesImport {
  format: NotesFormat;
  excerpts: Excerpt[];
}

/**
 * The excerpts in an uploaded notes file, each with the question it was noted under (or null).
 * `questions` are the session's guide questions, in order, so "Q3" means the third.
 * Throws NotesImportError: empty_file, too_large, unsupported_format, corrupt_docx,
 * invalid_encoding, or no_text when the file holds no words at all.
 */
export async function importNotes(bytes: Uint8Array, questions: readonly HeadingQuestion[], options: NotesFileOptions = {}): Promise<NotesImport> {
  const { format, text } = await readNotesFile(bytes, options);
  const excerpts = notesExcerpts(text, questions);
  if (!excerpts.length) {
    throw new NotesImportError(
      'no_text',
      format === 'docx'
        ? 'The Word document has no notes in it. If the notes are in pictures or scanned pages, type them into the document first.'
        : 'The file has no notes in it. Check that you chose the right file.',
    );
  }
  return { format, excerpts };
}
