// The text of a Word document (.docx), as lines: one line per paragraph, and a new line at each
// manual line break, tabs kept as "\t". A .docx is a zip (Office Open XML, ECMA-376): the main
// part is found through [Content_Types].xml (usually word/document.xml), and its body is read
// for paragraphs (w:p), text (w:t), tabs (w:tab, w:ptab) and breaks (w:br, w:cr). Tracked
// deletions (w:del, w:moveFrom), field codes (w:instrText) and the fallback copy of a text box
// (mc:Fallback, which repeats mc:Choice) are skipped, so each piece of text is read once, as
// it shows on screen with changes accepted.
// jszip and saxes are pure JavaScript: nothing here touches the file system or the network.
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { NotesImportError } from './notes-error.js';

/** The most text one document part may unpack to: this stops a small zip that unpacks to gigabytes ("zip bomb"). */
export const MAX_DOCX_PART_BYTES = 50 * 1024 * 1024;

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main', // transitional, as Word saves
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // strict
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const WORD_MAIN_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.document.macroenabled.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.template.macroenabledtemplate.main+xml',
]);

/** Word elements whose content is not part of the visible text. */
const SKIPPED_W = new Set(['del', 'moveFrom', 'delText', 'instrText', 'delInstrText']);

const HOW_TO_FIX = 'Upload a Word document (.docx) or a text file (.txt).';

const corrupt = (detail: string, cause?: unknown): NotesImportError =>
  new NotesImportError(
    'corrupt_docx',
    `The Word document could not be read: ${detail}. It may be damaged, or only part of it was uploaded. Open it in Word, save it again and upload it.`,
    {},
    cause === undefined ? undefined : { cause },
  );

export interface DocxOptions {
  /** Defaults to MAX_DOCX_PART_BYTES. */
  maxPartBytes?: number;
}

/** The document's text, lines separated by "\n". Throws NotesImportError. */
export async function docxText(bytes: Uint8Array, options: DocxOptions = {}): Promise<string> {
  const limit = options.maxPartBytes ?? MAX_DOCX_PART_BYTES;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    throw corrupt('the zip archive inside it is broken', err);
  }
  const mainPath = await mainDocumentPath(zip, limit);
  const file = findFile(zip, mainPath);
  if (!file) throw corrupt(`the part that holds the text (${mainPath}) is missing`);
  return documentText(await readXmlPart(file, limit));
}

async function mainDocumentPath(zip: JSZip, limit: number): Promise<string> {
  const typesFile = findFile(zip, '[Content_Types].xml');
  if (!typesFile) {
    const mimetype = findFile(zip, 'mimetype');
    // An OpenDocument file starts with a `mimetype` entry naming its type (OASIS ODF 1.2, part 3).
    const type = mimetype ? new TextDecoder().decode(await readPartBytes(mimetype, 1024).catch(() => new Uint8Array())) : '';
    if (type.startsWith('application/vnd.oasis.opendocument')) {
      throw unsupported('opendocument', 'This is an OpenDocument file (such as .odt), not a Word document. Save it as a Word document (.docx) and upload it again.');
    }
    throw unsupported('zip', `This is a zip file, not a Word document. ${HOW_TO_FIX}`);
  }
  const types = contentTypes(await readXmlPart(typesFile, limit));
  const word = types.find((t) => WORD_MAIN_TYPES.has(t.contentType));
  if (word) return word.partName;
  if (types.some((t) => /spreadsheetml|ms-excel/.test(t.contentType))) {
    throw unsupported('xlsx', 'This is an Excel workbook (.xlsx), not a Word document. Copy your notes into a Word document (.docx) or a text file (.txt) and upload that.');
  }
  if (types.some((t) => /presentationml|ms-powerpoint/.test(t.contentType))) {
    throw unsupported('pptx', 'This is a PowerPoint presentation (.pptx), not a Word document. Copy your notes into a Word document (.docx) or a text file (.txt) and upload that.');
  }
  // Some tools leave the main part out of [Content_Types].xml; Word itself still opens the file.
  if (findFile(zip, 'word/document.xml')) return 'word/document.xml';
  throw unsupported('zip', `This is a zip file, but not a Word document. ${HOW_TO_FIX}`);
}

const unsupported = (detected: 'opendocument' | 'zip' | 'xlsx' | 'pptx', message: string): NotesImportError =>
  new NotesImportError('unsupported_format', message, { detected });

/** A zip entry by its part name; part names in a package are not case-sensitive. */
function findFile(zip: JSZip, path: string): JSZip.JSZipObject | null {
  const exact = zip.file(path);
  if (exact) return exact;
  const wanted = path.toLowerCase();
  const name = Object.keys(zip.files).find((n) => n.toLowerCase() === wanted);
  return name && !zip.files[name]?.dir ? (zip.files[name] ?? null) : null;
}

interface ContentType {
  partName: string;
  contentType: string;
}

function contentTypes(xml: string): ContentType[] {
  const found: ContentType[] = [];
  parseXml(xml, '[Content_Types].xml', {
    open(tag) {
      if (tag.local !== 'Override') return;
      const partName = attribute(tag, 'PartName');
      const contentType = attribute(tag, 'ContentType');
      if (partName && contentType) found.push({ partName: partPath(partName), contentType: contentType.toLowerCase() });
    },
  });
  return found;
}

function attribute(tag: SaxesTagNS, name: string): string | undefined {
  return Object.values(tag.attributes).find((a) => a.local === name && !a.prefix)?.value;
}

/** "/word/document.xml" as the zip entry name "word/document.xml". */
function partPath(partName: string): string {
  const path = partName.replace(/^\/+/, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The visible text of a WordprocessingML main part, one line per paragraph or line break. */
export function documentText(xml: string): string {
  const out: string[] = [];
  let root: SaxesTagNS | null = null;
  let skipDepth = 0;
  let inText = 0;
  const endLine = (): void => {
    if (out.length && out[out.length - 1] !== '\n') out.push('\n');
  };
  const keep = (text: string): void => {
    if (inText > 0 && skipDepth === 0) out.push(text);
  };
  parseXml(xml, 'the document body', {
    open(tag) {
      root ??= tag;
      if (skipDepth > 0) {
        skipDepth++;
        return;
      }
      if (tag.uri === MC_NAMESPACE && tag.local === 'Fallback') skipDepth = 1;
      if (!W_NAMESPACES.has(tag.uri)) return;
      if (SKIPPED_W.has(tag.local)) skipDepth = 1;
      else if (tag.local === 'p') endLine();
      else if (tag.local === 't') inText++;
      else if (tag.local === 'tab' || tag.local === 'ptab') out.push('\t');
      else if (tag.local === 'br' || tag.local === 'cr') out.push('\n');
      else if (tag.local === 'noBreakHyphen') out.push('-');
    },
    close(tag) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (!W_NAMESPACES.has(tag.uri)) return;
      if (tag.local === 'p') endLine();
      else if (tag.local === 't') inText--;
    },
    text: keep,
  });
  const top = root as SaxesTagNS | null;
  if (!top || top.local !== 'document' || !W_NAMESPACES.has(top.uri)) {
    throw corrupt('its main part is not a Word document body');
  }
  return out.join('');
}

interface XmlHandlers {
  open(tag: SaxesTagNS): void;
  close?(tag: SaxesTagNS): void;
  text?(text: string): void;
}

function parseXml(xml: string, what: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('opentag', handlers.open);
  if (handlers.close) parser.on('closetag', handlers.close);
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  try {
    parser.write(xml).close();
  } catch (err) {
    throw corrupt(`${what} is not well-formed XML`, err);
  }
}

/** jszip's documented `internalStream` (https://stuk.github.io/jszip/documentation/api_zipobject/internal_stream.html), missing from its types. */
interface Streamable {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> & { resume(): unknown; pause(): unknown };
}

/** A part's bytes, unpacked a chunk at a time and refused as soon as they pass `limit`. */
function readPartBytes(file: JSZip.JSZipObject, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let settled = false;
    const stream = (file as unknown as Streamable).internalStream('uint8array');
    stream.on('data', (chunk) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        stream.pause();
        reject(
          new NotesImportError(
            'too_large',
            `The Word document has more content than Cultivate can read (over ${megabytes(limit)} once unpacked). Split the notes into smaller documents and upload each one.`,
          ),
        );
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (err) => {
      if (settled) return;
      settled = true;
      reject(corrupt(`${file.name} could not be unpacked`, err));
    });
    stream.on('end', () => {
      if (settled) return;
      settled = true;
      const all = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        all.set(chunk, at);
        at += chunk.length;
      }
      resolve(all);
    });
    stream.resume();
  });
}

async function readXmlPart(file: JSZip.JSZipObject, limit: number): Promise<string> {
  const bytes = await readPartBytes(file, limit);
  try {
    return decodeXml(bytes);
  } catch (err) {
    throw corrupt(`${file.name} is not readable text`, err);
  }
}

/** XML parts are UTF-8, or UTF-16 with a byte order mark (XML 1.0, section 4.3.3). */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** A size in megabytes for people: whole numbers as they are, others rounded up to one decimal place (so a file just over 5 MB reads "5.1 MB", not "5.0 MB"). */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : (Math.ceil(mb * 10) / 10).toFixed(1)} MB`;
}
