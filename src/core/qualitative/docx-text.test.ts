import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { docxText, documentText } from './docx-text.js';
import { importNotes } from './notes-import.js';
import { NotesImportError } from './notes-error.js';
import { contentTypesXml, docx, documentXml, para, W_NS, WORD_MAIN_TYPE, zipOf } from './testing.js';

const QUESTIONS = [
  { id: 'vision-values', text: 'What do you think this organisation is here to do?' },
  { id: 'goals-feedback', text: 'How clear are you about what your team is trying to achieve?' },
  { id: 'teamwork', text: 'How well do people in your team work together?' },
];

async function failure(promise: Promise<unknown>): Promise<NotesImportError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof NotesImportError)) throw new Error(`expected a NotesImportError, got ${String(err)}`);
  return err;
}

describe('reading the text of a .docx', () => {
  it('gives one line per paragraph, keeps tabs and turns line breaks into new lines', async () => {
    const bytes = await docx(
      '<w:p><w:r><w:t>Staff</w:t><w:tab/><w:t>felt heard</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>Line one</w:t><w:br/><w:t>Line two</w:t></w:r></w:p>' +
        '<w:p/>' +
        para('Last', ' one'),
    );
    expect(await docxText(bytes)).toBe('Staff\tfelt heard\nLine one\nLine two\nLast one\n');
    const { format, excerpts } = await importNotes(bytes, QUESTIONS);
    expect(format).toBe('docx');
    expect(excerpts).toEqual([
      { questionId: null, text: 'Staff felt heard' },
      { questionId: null, text: 'Line one' },
      { questionId: null, text: 'Line two' },
      { questionId: null, text: 'Last one' },
    ]);
  });

  it('skips tracked deletions and moved-away text but keeps insertions and moved-to text', async () => {
    const bytes = await docx(
      '<w:p><w:r><w:t xml:space="preserve">We </w:t></w:r>' +
        '<w:del w:id="1" w:author="Note taker"><w:r><w:delText xml:space="preserve">never</w:delText><w:tab/><w:br/></w:r></w:del>' +
        '<w:ins w:id="2" w:author="Note taker"><w:r><w:t xml:space="preserve">always </w:t></w:r></w:ins>' +
        '<w:r><w:t>talk about mistakes.</w:t></w:r></w:p>' +
        '<w:p><w:moveFrom w:id="3" w:author="A"><w:r><w:t>Old place</w:t></w:r></w:moveFrom><w:r><w:t>Stays</w:t></w:r></w:p>' +
        '<w:p><w:moveTo w:id="4" w:author="A"><w:r><w:t>Old place</w:t></w:r></w:moveTo></w:p>',
    );
    expect(await docxText(bytes)).toBe('We always talk about mistakes.\nStays\nOld place\n');
  });

  it('reads a field by its result, not its code, and decodes XML entities', async () => {
    const bytes = await docx(
      '<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
        '<w:p><w:r><w:t>Pay &amp; conditions &lt;fair&gt; &#8211; &#x201C;mostly&#x201D;</w:t></w:r></w:p>',
    );
    expect(await docxText(bytes)).toBe('Page 4\nPay & conditions <fair> – “mostly”\n');
  });

  it('reads a text box once, not again from its fallback copy', async () => {
    const mc = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
    const box = (text: string): string => `<w:txbxContent>${para(text)}</w:txbxContent>`;
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}" xmlns:mc="${mc}"><w:body>` +
      `<w:p><w:r><w:t>Before</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">${box('In the box')}</mc:Choice>` +
      `<mc:Fallback>${box('In the box')}</mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>After</w:t></w:r></w:p>` +
      '</w:body></w:document>';
    expect(documentText(xml)).toBe('Before\nIn the box\nAfter\n');
  });

  it('gives each table cell its own line and handles hyphens that must not break', async () => {
    const cell = (text: string): string => `<w:tc>${para(text)}</w:tc>`;
    const bytes = await docx(`<w:tbl><w:tr>${cell('Q1')}${cell('Proud of the ward')}</w:tr></w:tbl><w:p><w:r><w:t>Non</w:t><w:noBreakHyphen/><w:t>stop</w:t></w:r></w:p>`);
    expect(await docxText(bytes)).toBe('Q1\nProud of the ward\nNon-stop\n');
  });

  it('reads the strict Office Open XML namespace under any prefix', () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const xml = `<x:document xmlns:x="${strict}"><x:body><x:p><x:r><x:t>Strict text</x:t></x:r></x:p></x:body></x:document>`;
    expect(documentText(xml)).toBe('Strict text\n');
  });

  it('ignores text in elements from other namespaces', () => {
    const xml = `<w:document xmlns:w="${W_NS}" xmlns:o="urn:other"><w:body><w:p><o:t>hidden</o:t><w:r><w:t>shown</w:t></w:r></w:p></w:body></w:document>`;
    expect(documentText(xml)).toBe('shown\n');
  });

  it('follows [Content_Types].xml to a main part that is not word/document.xml', async () => {
    const bytes = await zipOf({
      '[Content_Types].xml': contentTypesXml({ '/word/main.xml': WORD_MAIN_TYPE }),
      'word/main.xml': documentXml(para('From the main part')),
      'word/document.xml': documentXml(para('Not this one')),
    });
    expect(await docxText(bytes)).toBe('From the main part\n');
  });

  it('falls back to word/document.xml when [Content_Types].xml does not name the main part', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': contentTypesXml({}), 'word/document.xml': documentXml(para('Found anyway')) });
    expect(await docxText(bytes)).toBe('Found anyway\n');
  });

  it('assigns excerpts to questions from the headings in the document', async () => {
    const bytes = await docx(
      para('Group of 9, mixed roles') +
        para('Q1') +
        para('We are here for patients.') +
        para('The values are on the wall.') +
        para('2. How clear are you about what your team is trying to achieve?') +
        para('Not very clear.') +
        para('Question 3: people help each other') +
        para('Until it gets busy.'),
    );
    expect((await importNotes(bytes, QUESTIONS)).excerpts).toEqual([
      { questionId: null, text: 'Group of 9, mixed roles' },
      { questionId: 'vision-values', text: 'We are here for patients.' },
      { questionId: 'vision-values', text: 'The values are on the wall.' },
      { questionId: 'goals-feedback', text: 'Not very clear.' },
      { questionId: 'teamwork', text: 'people help each other' },
      { questionId: 'teamwork', text: 'Until it gets busy.' },
    ]);
  });
});

describe('refusing zip files that are not Word documents', () => {
  it('names an Excel workbook as such', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['Staff felt heard']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const err = await failure(importNotes(bytes, QUESTIONS));
    expect(err.code).toBe('unsupported_format');
    expect(err.details).toEqual({ detected: 'xlsx' });
    expect(err.message).toBe(
      'This is an Excel workbook (.xlsx), not a Word document. Copy your notes into a Word document (.docx) or a text file (.txt) and upload that.',
    );
  });

  it('names a PowerPoint presentation as such', async () => {
    const bytes = await zipOf({
      '[Content_Types].xml': contentTypesXml({ '/ppt/presentation.xml': 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml' }),
      'ppt/presentation.xml': '<p:presentation xmlns:p="urn:p"/>',
    });
    const err = await failure(docxText(bytes));
    expect([err.code, err.details.detected]).toEqual(['unsupported_format', 'pptx']);
    expect(err.message).toMatch(/^This is a PowerPoint presentation \(\.pptx\), not a Word document\./);
  });

  it('names an OpenDocument text file and asks for .docx', async () => {
    const bytes = await zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content xmlns:office="urn:o"/>' });
    const err = await failure(docxText(bytes));
    expect(err.details.detected).toBe('opendocument');
    expect(err.message).toBe('This is an OpenDocument file (such as .odt), not a Word document. Save it as a Word document (.docx) and upload it again.');
  });

  it('calls any other zip a zip', async () => {
    const err = await failure(docxText(await zipOf({ 'notes.txt': 'hello' })));
    expect(err.details.detected).toBe('zip');
    expect(err.message).toBe('This is a zip file, not a Word document. Upload a Word document (.docx) or a text file (.txt).');
  });
});

describe('broken Word documents', () => {
  it('refuses a truncated zip as damaged', async () => {
    const whole = await docx(para('Some notes'));
    const err = await failure(importNotes(whole.subarray(0, whole.length - 30), QUESTIONS));
    expect(err.code).toBe('corrupt_docx');
    expect(err.message).toBe(
      'The Word document could not be read: the zip archive inside it is broken. It may be damaged, or only part of it was uploaded. Open it in Word, save it again and upload it.',
    );
  });

  it('refuses a document whose compressed text is damaged', async () => {
    const bytes = await docx(para('Notes that will be damaged. '.repeat(50)));
    const name = new TextEncoder().encode('word/document.xml');
    // The local file header is 30 bytes, then the name; the compressed data follows.
    let header = -1;
    for (let at = 0; at < bytes.length && header < 0; at++) {
      if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 3 && bytes[at + 3] === 4 && name.every((b, i) => bytes[at + 30 + i] === b)) header = at;
    }
    expect(header).toBeGreaterThanOrEqual(0);
    const damaged = bytes.slice();
    const data = header + 30 + name.length;
    for (let i = 0; i < 40; i++) damaged[data + i] = 0xff;
    const err = await failure(docxText(damaged));
    expect(err.code).toBe('corrupt_docx');
    expect(err.message).toBe(
      'The Word document could not be read: word/document.xml could not be unpacked. It may be damaged, or only part of it was uploaded. Open it in Word, save it again and upload it.',
    );
  });

  it('refuses a document body that is not well-formed XML', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': contentTypesXml(), 'word/document.xml': documentXml('<w:p><w:r><w:t>Unclosed</w:r></w:p>') });
    const err = await failure(docxText(bytes));
    expect(err.code).toBe('corrupt_docx');
    expect(err.message).toMatch(/^The Word document could not be read: the document body is not well-formed XML\./);
    expect(err.cause).toBeInstanceOf(Error);
  });

  it('refuses a package whose main part is missing', async () => {
    const err = await failure(docxText(await zipOf({ '[Content_Types].xml': contentTypesXml() })));
    expect(err.code).toBe('corrupt_docx');
    expect(err.message).toMatch(/^The Word document could not be read: the part that holds the text \(word\/document\.xml\) is missing\./);
  });

  it('refuses a main part that is not a Word document body', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': contentTypesXml(), 'word/document.xml': '<html><p>Not Word</p></html>' });
    const err = await failure(docxText(bytes));
    expect(err.code).toBe('corrupt_docx');
    expect(err.message).toMatch(/^The Word document could not be read: its main part is not a Word document body\./);
  });

  it('stops unpacking a part as soon as it passes the limit (a zip bomb)', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': contentTypesXml(), 'word/document.xml': documentXml(para('x'.repeat(200_000))) });
    expect(bytes.length).toBeLessThan(5_000);
    const err = await failure(docxText(bytes, { maxPartBytes: 100_000 }));
    expect(err.code).toBe('too_large');
    expect(err.message).toBe(
      'The Word document has more content than Cultivate can read (over 0.1 MB once unpacked). Split the notes into smaller documents and upload each one.',
    );
    // The same document reads with the default limit.
    expect((await docxText(bytes)).length).toBe(200_001);
  });

  it('refuses a document with no words in it', async () => {
    const err = await failure(importNotes(await docx('<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t><w:tab/></w:r></w:p>'), QUESTIONS));
    expect(err.code).toBe('no_text');
    expect(err.message).toBe('The Word document has no notes in it. If the notes are in pictures or scanned pages, type them into the document first.');
  });
});
