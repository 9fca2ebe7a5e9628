// The board report as a Word document, the form boards circulate and annotate. Built so Word's
// own accessibility features work: real Heading 1 and Heading 2 styles (the navigation pane and
// screen readers list them), tables with a header row that repeats on every page and is marked
// as the header, captions in Word's caption style, charts as SVG pictures with a PNG fallback
// and alt text, the document language set to en-GB, and the title in the file's properties.
import JSZip from 'jszip';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatCell, formatReportDate, inlineRuns, REPORT_LANGUAGE, tableNotes, validateReport, type CalloutBlock, type ChartBlock, type Inline, type ReportBlock, type ReportDocument, type TableBlock } from '../../../core/report/index.js';
import { svgToPngAsync } from './rasterise.js';

/** A4 in twentieths of a point, with 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const CONTENT_TWIPS = A4.width - 2 * MARGIN;
/** The text width in CSS pixels (96 to the inch), the unit docx sizes pictures in. */
export const DOCX_CONTENT_WIDTH_PX = Math.floor((CONTENT_TWIPS / 1440) * 96);

const NHS_BLUE = '005EB8';
const TEXT = '212B32';
const MUTED = '4C6272';
const HEADER_FILL = 'E8EDEE';
const CALLOUT_FILL = 'F0F4F5';
const FONT = 'Arial';

type Counters = { table: number; figure: number };
/** Each chart's PNG fallback, rendered before the document is built. */
type Fallbacks = ReadonlyMap<ChartBlock, Buffer>;

function runs(text: Inline, extra: { bold?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return inlineRuns(text).map((r) => new TextRun({ text: r.text, bold: r.bold || extra.bold, italics: r.italic, size: extra.size, color: extra.color }));
}

/** Tables are set in 10pt; about the width of a 10pt Arial bold character in twips, and a cell's side margins and borders. */
const TABLE_SIZE = 20;
const CHAR_TWIPS = 135;
const CELL_SIDES = 260;

/**
 * Column widths in twips that fill the text width: each column first gets room for its longest
 * word (so no word is broken), then the rest is shared out by how much more its longest text wants.
 */
export function docxColumnWidths(table: Pick<TableBlock, 'columns' | 'rows'>, total = CONTENT_TWIPS): number[] {
  const texts = table.columns.map((col, c) => [col.header, ...table.rows.map((row) => formatCell(row[c] ?? null, col))]);
  const min = texts.map((t) => Math.max(...t.flatMap((s) => s.split(/\s+/).map((w) => w.length))) * CHAR_TWIPS + CELL_SIDES);
  const want = texts.map((t, c) => Math.max(min[c]!, Math.min(60, Math.max(...t.map((s) => s.length))) * CHAR_TWIPS + CELL_SIDES));
  const minSum = min.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (minSum >= total) widths = min.map((m) => (m / minSum) * total);
  else {
    const extra = want.map((w, c) => w - min[c]!);
    const extraSum = extra.reduce((a, b) => a + b, 0);
    const spare = total - minSum;
    widths = min.map((m, c) => m + (extraSum === 0 ? spare / min.length : (extra[c]! / extraSum) * spare));
  }
  const floored = widths.map((w) => Math.floor(w));
  floored[floored.length - 1]! += total - floored.reduce((a, b) => a + b, 0);
  return floored;
}

function caption(text: string): Paragraph {
  return new Paragraph({ style: 'Caption', keepNext: true, keepLines: true, children: [new TextRun(text)] });
}

function tableBlock(table: TableBlock, counters: Counters): (Paragraph | Table)[] {
  counters.table++;
  const widths = docxColumnWidths(table);
  const cellMargins = { top: 60, bottom: 60, left: 100, right: 100 };
  const header = new TableRow({
    // Marks the row as the table's header (w:tblHeader): Word repeats it on each page and screen readers announce it.
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (col, c) =>
        new TableCell({
          width: { size: widths[c]!, type: WidthType.DXA },
          margins: cellMargins,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
          children: [new Paragraph({ keepNext: true, spacing: { after: 0 }, alignment: col.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: col.header, bold: true, size: TABLE_SIZE })] })],
        }),
    ),
  });
  const body = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((cell, c) => {
          const col = table.columns[c]!;
          const isRowHeader = Boolean(table.rowHeader) && c === 0;
          return new TableCell({
            width: { size: widths[c]!, type: WidthType.DXA },
            margins: cellMargins,
            children: [new Paragraph({ spacing: { after: 0 }, alignment: col.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: formatCell(cell, col), bold: isRowHeader, size: TABLE_SIZE })] })],
          });
        }),
      }),
  );
  const out: (Paragraph | Table)[] = [
    caption(`Table ${counters.table}: ${table.caption}`),
    new Table({
      width: { size: CONTENT_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      // firstRow and firstColumn tell Word (and its accessibility checker) which cells are headers.
      tableLook: { firstRow: true, firstColumn: Boolean(table.rowHeader), lastRow: false, lastColumn: false, noHBand: true, noVBand: true },
      rows: [header, ...body],
    }),
  ];
  // A paragraph always follows, so two tables in a row stay two tables; the last one leaves room below.
  const notes = tableNotes(table);
  if (notes.length === 0) out.push(new Paragraph({ style: 'TableNote', spacing: { before: 0, after: 200 }, children: [] }));
  notes.forEach((note, i) => out.push(new Paragraph({ style: 'TableNote', ...(i === notes.length - 1 ? { spacing: { before: 60, after: 240 } } : {}), children: [new TextRun(note)] })));
  return out;
}

function chartBlock(chart: ChartBlock, counters: Counters, fallbacks: Fallbacks): (Paragraph | Table)[] {
  counters.figure++;
  const width = Math.min(chart.width, DOCX_CONTENT_WIDTH_PX);
  const height = Math.round((chart.height * width) / chart.width);
  const png = fallbacks.get(chart);
  if (!png) throw new Error(`No PNG fallback was rendered for chart "${chart.title}"`);
  const image = new ImageRun({
    type: 'svg',
    data: Buffer.from(chart.svg, 'utf8'),
    fallback: { type: 'png', data: png },
    transformation: { width, height },
    // docPr: descr is the alt text Word shows and reads; title and name label it in the selection pane.
    altText: { name: chart.title, title: chart.title, description: chart.alt },
  });
  const out: (Paragraph | Table)[] = [caption(`Figure ${counters.figure}: ${chart.title}`), new Paragraph({ keepLines: true, spacing: { after: 160 }, children: [image] })];
  if (chart.table) out.push(...tableBlock(chart.table, counters));
  return out;
}

function calloutBlock(callout: CalloutBlock): Paragraph[] {
  // Paragraphs with the same border and shading join into one inset box in Word.
  const box = {
    style: 'Callout',
    border: { left: { style: BorderStyle.SINGLE, size: 36, color: NHS_BLUE, space: 8 } },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: CALLOUT_FILL },
  } as const;
  const out: Paragraph[] = [];
  if (callout.title) out.push(new Paragraph({ ...box, keepNext: true, children: [new TextRun({ text: callout.title, bold: true })] }));
  out.push(new Paragraph({ ...box, children: runs(callout.text) }));
  return out;
}

function block(b: ReportBlock, counters: Counters, fallbacks: Fallbacks): (Paragraph | Table)[] {
  switch (b.type) {
    case 'paragraph':
      return [new Paragraph({ children: runs(b.text) })];
    case 'bullets':
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      return tableBlock(b, counters);
    case 'chart':
      return chartBlock(b, counters, fallbacks);
    case 'callout':
      return calloutBlock(b);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function titlePage(doc: ReportDocument): Paragraph[] {
  const out = [
    new Paragraph({ spacing: { before: 2400, after: 480 }, children: [new TextRun({ text: doc.organisation, bold: true, size: 28, color: NHS_BLUE })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
  ];
  if (doc.subtitle) out.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(doc.subtitle)] }));
  out.push(new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: formatReportDate(doc.date), size: 24 })] }));
  if (doc.author) out.push(new Paragraph({ children: [new TextRun({ text: `Prepared by ${doc.author}`, size: 24 })] }));
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

function buildDocument(doc: ReportDocument, fallbacks: Fallbacks): Document {
  const counters: Counters = { table: 0, figure: 0 };
  const children: (Paragraph | Table)[] = [...titlePage(doc)];
  for (const section of doc.sections) {
    children.push(new Paragraph({ heading: section.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    for (const b of section.blocks) children.push(...block(b, counters, fallbacks));
  }
  const small = { size: 18, color: MUTED };
  return new Document({
    title: doc.title,
    subject: doc.subtitle ?? doc.organisation,
    description: `${doc.title}: ${doc.organisation}, ${formatReportDate(doc.date)}`,
    creator: 'Cultivate',
    lastModifiedBy: 'Cultivate',
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, color: TEXT, language: { value: REPORT_LANGUAGE } }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: FONT, size: 52, bold: true, color: NHS_BLUE }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { font: FONT, size: 32, bold: true, color: NHS_BLUE }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true, outlineLevel: 0 } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: TEXT }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 } },
        caption: { run: { font: FONT, size: 20, bold: true, italics: false, color: TEXT }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 32, color: MUTED } },
        { id: 'TableNote', name: 'Table Note', basedOn: 'Normal', next: 'Normal', run: { size: 18, color: MUTED }, paragraph: { spacing: { before: 60, after: 0 } } },
        { id: 'Callout', name: 'Callout', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 284, right: 284 }, spacing: { before: 0, after: 0, line: 276, lineRule: LineRuleType.AUTO } } },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: A4.width, height: A4.height }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 } },
          // The title page has its own (empty) header and footer.
          titlePage: true,
        },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: doc.title, ...small })] })] }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], ...small })],
              }),
            ],
          }),
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
}

/** The core properties docx writes have no language; Word and search tools read dc:language. */
async function addLanguage(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const core = zip.file('docProps/core.xml');
  if (!core) return buffer;
  const xml = await core.async('string');
  if (xml.includes('<dc:language>')) return buffer;
  zip.file('docProps/core.xml', xml.replace('</cp:coreProperties>', `<dc:language>${REPORT_LANGUAGE}</dc:language></cp:coreProperties>`), { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The report as a .docx file. Throws ReportValidationError if the document breaks the model's rules. */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  validateReport(doc);
  const charts = doc.sections.flatMap((s) => s.blocks.filter((b): b is ChartBlock => b.type === 'chart'));
  const pngs = await Promise.all(charts.map((c) => svgToPngAsync(c.svg, c.width)));
  const fallbacks = new Map(charts.map((c, i) => [c, pngs[i]!] as const));
  const buffer = await Packer.toBuffer(buildDocument(doc, fallbacks));
  return addLanguage(buffer);
}
