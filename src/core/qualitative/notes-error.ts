// Typed failures for reading uploaded notes, so the server can answer with a stable code (and the
// byte offset or detected format) and show the plain-English message as it is.

export const NOTES_ERROR_CODES = ['empty_file', 'too_large', 'unsupported_format', 'corrupt_docx', 'invalid_encoding', 'no_text'] as const;
export type NotesErrorCode = (typeof NOTES_ERROR_CODES)[number];

/** What an unsupported file turned out to be. */
export type DetectedFormat = 'pdf' | 'legacy_office' | 'xlsx' | 'pptx' | 'opendocument' | 'zip' | 'rtf' | 'binary';

export interface NotesErrorDetails {
  /** For `invalid_encoding`: the 0-based offset, from the start of the file, of the first byte that cannot be read. */
  byteOffset?: number;
  /** For `invalid_encoding`: the 1-based line that byte is on. */
  line?: number;
  /** For `unsupported_format`: what the file is instead. */
  detected?: DetectedFormat;
}

export class NotesImportError extends Error {
  constructor(
    readonly code: NotesErrorCode,
    message: string,
    readonly details: NotesErrorDetails = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'NotesImportError';
  }
}
