// The board report as an accessible, tagged PDF in the manner of PDF/UA (ISO 14289-1):
// - a structure tree in reading order: Document > Sect > H1/H2, P, L > LI > Lbl + LBody,
//   Table > Caption + THead/TBody > TR > TH/TD (with header scope), Figure with Alt text;
// - page furniture (running header, page numbers, table rules and shading, the repeat of a table's
//   header row on later pages) marked as artifacts, so a screen reader skips it;
// - the document language (en-GB), the title shown in the window's title bar, bookmarks for
//   every heading, title and author in the metadata, and the PDF/UA identifier in the XMP;
// - every font embedded (Arimo, from node_modules; nothing fetched).
// Charts are drawn as vectors from their SVG with svg-to-pdfkit.
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { escapeXml, formatCell, formatReportDate, inlineRuns, NULL_CELL_SPOKEN, REPORT_LANGUAGE, tableNotes, validateReport, type CalloutBlock, type ChartBlock, type Inline, type ReportDocument, type ReportSection, type TableBlock, type TableCell, type TextRun } from '../../../core/report/index.js';
import { fontData, type FontFace } from './fonts.js';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** Structure element options pdfkit 0.20 takes beyond those its type definitions list. */
interface StructOptions {
  title?: string;
  lang?: string;
  alt?: string;
  actual?: string;
  /** Table header scope, written as the /A << /O /Table /Scope … >> attribute. */
  scope?: 'Row' | 'Column' | 'Both';
  /** Layout attributes: the element's box (left, top, right, bottom from the page's top left). */
  bbox?: [number, number, number, number];
  placement?: 'Block' | 'Inline';
}

/** A4 in points, with room in the top and bottom margins for the running header and page numbers. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 70, bottom: 70, left: 56.69, right: 56.69 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const COLOURS = { text: '#212B32', muted: '#4C6272', blue: '#005EB8', headerFill: '#E8EDEE', rule: '#AEB7BD', calloutFill: '#F0F4F5' } as const;
const SIZE = { body: 10.5, table: 9, caption: 10, note: 8.5, h1: 18, h2: 13.5, title: 28, subtitle: 16, furniture: 8.5 } as const;
const CELL_PAD = { x: 4, y: 3 };

const FONT_NAMES: Record<FontFace, string> = { regular: 'Arimo', bold: 'Arimo-Bold', italic: 'Arimo-Italic', boldItalic: 'Arimo-BoldItalic' };
const fontFor = (bold?: boolean, italic?: boolean) => FONT_NAMES[bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular'];

interface WriterState {
  tables: number;
  figures: number;
  /** The open level-1 section, which level-2 sections nest inside. */
  section: Struct | null;
  outline: PDFKit.PDFOutline | null;
}

class PdfWriter {
  private readonly state: WriterState = { tables: 0, figures: 0, section: null, outline: null };
  private readonly root: Struct;

  constructor(
    private readonly doc: Doc,
    private readonly report: ReportDocument,
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  // --- low-level helpers ---------------------------------------------------------------------

  private struct(parent: Struct, type: string, options?: StructOptions): Struct {
    const el = this.doc.struct(type, options as PDFKit.Mixins.StructureElementOptions | undefined);
    parent.add(el);
    return el;
  }

  /** A structure element whose content is drawn by `draw`, tagged with the element's marked content. */
  private leaf(parent: Struct, type: string, draw: () => void, options?: StructOptions): Struct {
    const el = this.struct(parent, type, options);
    el.add(draw);
    el.end();
    return el;
  }

  /** Draws page furniture, marked as an artifact so assistive technology passes over it. */
  private artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout', attached?: ('Top' | 'Bottom')[]): void {
    this.doc.markContent('Artifact', { type, ...(attached ? { attached } : {}) });
    draw();
    this.doc.endMarkedContent();
  }

  private get maxY(): number {
    return PAGE.height - MARGIN.bottom;
  }

  private newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` more fits on this one (or this page is still empty). */
  private ensure(height: number): void {
    if (this.doc.y + height > this.maxY && this.doc.y > MARGIN.top + 1) this.newPage();
  }

  private gap(points: number): void {
    // Space after a block, dropped at the foot of a page rather than carried onto the next.
    this.doc.y = Math.min(this.doc.y + points, this.maxY);
  }

  /** Writes runs of text from the current y across `width`, continuing each run from the last. */
  private runs(text: Inline | readonly TextRun[], x: number, width: number, size: number, options: PDFKit.Mixins.TextOptions = {}, colour: string = COLOURS.text): void {
    const list = typeof text === 'string' ? inlineRuns(text) : [...text];
    const doc = this.doc;
    doc.fillColor(colour).fontSize(size);
    list.forEach((r, i) => {
      doc.font(fontFor(r.bold, r.italic));
      const opts = { width, lineGap: 2, ...options, continued: i < list.length - 1 };
      if (i === 0) doc.text(r.text, x, doc.y, opts);
      else doc.text(r.text, opts);
    });
  }

  private heightOf(text: string, width: number, size: number, bold = false): number {
    this.doc.font(fontFor(bold)).fontSize(size);
    return this.doc.heightOfString(text, { width, lineGap: 2 });
  }

  // --- the document ---------------------------------------------------------------------------

  titlePage(): void {
    const { doc, report } = this;
    const section = this.struct(this.root, 'Sect', { title: 'Title page' });
    doc.y = 150;
    this.leaf(section, 'P', () => this.runs([{ text: report.organisation, bold: true }], MARGIN.left, CONTENT_WIDTH, 14, {}, COLOURS.blue));
    this.gap(28);
    this.leaf(section, 'H1', () => this.runs([{ text: report.title, bold: true }], MARGIN.left, CONTENT_WIDTH, SIZE.title, { lineGap: 4 }, COLOURS.blue));
    if (report.subtitle) {
      this.gap(10);
      this.leaf(section, 'P', () => this.runs(report.subtitle!, MARGIN.left, CONTENT_WIDTH, SIZE.subtitle, {}, COLOURS.muted));
    }
    this.gap(36);
    this.leaf(section, 'P', () => this.runs(formatReportDate(report.date), MARGIN.left, CONTENT_WIDTH, 12));
    if (report.author) {
      this.gap(4);
      this.leaf(section, 'P', () => this.runs(`Prepared by ${report.author}`, MARGIN.left, CONTENT_WIDTH, 12));
    }
    section.end();
    this.newPage();
  }

  section(s: ReportSection): void {
    const level = s.level === 2 ? 2 : 1;
    if (level === 1 || !this.state.section) {
      this.state.section?.end();
    }
    const parent = level === 2 && this.state.section ? this.state.section : this.root;
    const sect = this.struct(parent, 'Sect');
    if (level === 1) this.state.section = sect;

    const size = level === 1 ? SIZE.h1 : SIZE.h2;
    const height = this.heightOf(s.heading, CONTENT_WIDTH, size, true);
    // Keep a heading with at least a few lines of what follows it.
    if (this.doc.y > MARGIN.top + 1) this.gap(level === 1 ? 14 : 10);
    this.ensure(height + 60);
    this.leaf(sect, level === 1 ? 'H1' : 'H2', () => this.runs([{ text: s.heading, bold: true }], MARGIN.left, CONTENT_WIDTH, size, {}, level === 1 ? COLOURS.blue : COLOURS.text));
    this.bookmark(s.heading, level);
    this.gap(6);

    for (const block of s.blocks) {
      switch (block.type) {
        case 'paragraph':
          this.paragraph(sect, block.text);
          break;
        case 'bullets':
          this.bullets(sect, block.items);
          break;
        case 'table':
          this.table(sect, block);
          break;
        case 'chart':
          this.chart(sect, block);
          break;
        case 'callout':
          this.callout(sect, block);
          break;
        case 'pageBreak':
          if (this.doc.y > MARGIN.top + 1) this.newPage();
          break;
      }
    }
    if (level === 2) sect.end();
  }

  finish(): void {
    this.state.section?.end();
    this.root.end();
  }

  private bookmark(title: string, level: 1 | 2): void {
    const outline = this.doc.outline;
    if (level === 1 || !this.state.outline) {
      const item = outline.addItem(title);
      if (level === 1) this.state.outline = item;
    } else {
      this.state.outline.addItem(title);
    }
  }

  private paragraph(parent: Struct, text: Inline): void {
    this.ensure(SIZE.body * 2.5);
    this.leaf(parent, 'P', () => this.runs(text, MARGIN.left, CONTENT_WIDTH, SIZE.body));
    this.gap(7);
  }

  private bullets(parent: Struct, items: readonly Inline[]): void {
    const list = this.struct(parent, 'L');
    // PDF/UA asks lists with labels to say how they are numbered; these are plain bullets.
    (list as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = { O: 'List', ListNumbering: 'Disc' };
    const indent = 14;
    for (const item of items) {
      this.ensure(SIZE.body * 1.6);
      const y = this.doc.y;
      const li = this.struct(list, 'LI');
      this.leaf(li, 'Lbl', () => {
        this.doc.font(fontFor()).fontSize(SIZE.body).fillColor(COLOURS.text).text('•', MARGIN.left + 2, y, { width: indent, lineBreak: false });
      });
      this.doc.y = y;
      this.leaf(li, 'LBody', () => this.runs(item, MARGIN.left + indent, CONTENT_WIDTH - indent, SIZE.body));
      li.end();
      this.gap(3);
    }
    list.end();
    this.gap(5);
  }

  private callout(parent: Struct, callout: CalloutBlock): void {
    const bar = 5;
    const pad = 10;
    const width = CONTENT_WIDTH - bar - 2 * pad;
    const x = MARGIN.left + bar + pad;
    const titleHeight = callout.title ? this.heightOf(callout.title, width, SIZE.body, true) + 3 : 0;
    const textHeight = this.heightOf(inlineRuns(callout.text).map((r) => r.text).join(''), width, SIZE.body);
    // Measured in the regular face; a little slack covers bold runs, which are wider.
    const height = titleHeight + textHeight + 2 * pad + 2;
    this.ensure(height);
    const top = this.doc.y;
    // The box is drawn only when it fits on the page; a callout longer than a page flows as text.
    if (top + height <= this.maxY) {
      this.artifact(() => {
        this.doc.save().rect(MARGIN.left, top, CONTENT_WIDTH, height).fill(COLOURS.calloutFill).rect(MARGIN.left, top, bar, height).fill(COLOURS.blue).restore();
      });
    }
    const div = this.struct(parent, 'Div', callout.title ? { title: callout.title } : undefined);
    this.doc.y = top + pad;
    if (callout.title) {
      this.leaf(div, 'P', () => this.runs([{ text: callout.title!, bold: true }], x, width, SIZE.body));
      this.doc.y += 3;
    }
    this.leaf(div, 'P', () => this.runs(callout.text, x, width, SIZE.body));
    div.end();
    this.doc.y = Math.max(this.doc.y, top + height);
    this.gap(10);
  }

  // --- tables ---------------------------------------------------------------------------------

  /** Column widths in points that fill the text width: each column's longest word first, then a share of the rest by how much more it wants. */
  private columnWidths(table: TableBlock): number[] {
    const doc = this.doc;
    const min: number[] = [];
    const want: number[] = [];
    table.columns.forEach((col, c) => {
      const cells = table.rows.map((row) => formatCell(row[c] ?? null, col));
      let longestWord = 0;
      let longest = 0;
      const measure = (text: string, bold: boolean) => {
        doc.font(fontFor(bold)).fontSize(SIZE.table);
        for (const word of text.split(/\s+/)) longestWord = Math.max(longestWord, doc.widthOfString(word));
        longest = Math.max(longest, doc.widthOfString(text));
      };
      measure(col.header, true);
      cells.forEach((cell) => measure(cell, Boolean(table.rowHeader) && c === 0));
      min.push(longestWord + 2 * CELL_PAD.x + 1);
      want.push(Math.max(longestWord, Math.min(longest, CONTENT_WIDTH * 0.45)) + 2 * CELL_PAD.x + 1);
    });
    const minSum = min.reduce((a, b) => a + b, 0);
    if (minSum >= CONTENT_WIDTH) return min.map((m) => (m / minSum) * CONTENT_WIDTH);
    const extra = want.map((w, c) => w - min[c]!);
    const extraSum = extra.reduce((a, b) => a + b, 0);
    const spare = CONTENT_WIDTH - minSum;
    return min.map((m, c) => m + (extraSum === 0 ? spare / min.length : (extra[c]! / extraSum) * spare));
  }

  private rowHeight(texts: readonly string[], widths: readonly number[], bold: (c: number) => boolean): number {
    const heights = texts.map((t, c) => this.heightOf(t, widths[c]! - 2 * CELL_PAD.x, SIZE.table, bold(c)));
    return Math.max(...heights) + 2 * CELL_PAD.y;
  }

  /**
   * One row: the shading and rules as artifacts, then each cell's text in its TH or TD. With no
   * row element the row is itself an artifact: the header row repeated at the top of a new page,
   * which the structure already holds once.
   */
  private drawRow(tr: Struct | null, texts: readonly string[], widths: readonly number[], height: number, kinds: readonly ('TH' | 'TD')[], options: { header: boolean; scopes: readonly (StructOptions['scope'] | undefined)[]; numeric: readonly boolean[]; actual: readonly (string | undefined)[] }): void {
    const doc = this.doc;
    const bold = (c: number) => kinds[c] === 'TH';
    const top = doc.y;
    this.artifact(() => {
      doc.save();
      if (options.header) doc.rect(MARGIN.left, top, CONTENT_WIDTH, height).fill(COLOURS.headerFill);
      doc
        .lineWidth(options.header ? 1 : 0.5)
        .strokeColor(options.header ? COLOURS.text : COLOURS.rule)
        .moveTo(MARGIN.left, top + height)
        .lineTo(MARGIN.left + CONTENT_WIDTH, top + height)
        .stroke();
      doc.restore();
    });
    let x = MARGIN.left;
    texts.forEach((text, c) => {
      const cellX = x;
      const draw = () => {
        doc
          .font(fontFor(bold(c)))
          .fontSize(SIZE.table)
          .fillColor(COLOURS.text)
          .text(text, cellX + CELL_PAD.x, top + CELL_PAD.y, { width: widths[c]! - 2 * CELL_PAD.x, align: options.numeric[c] ? 'right' : 'left', lineGap: 2 });
      };
      if (tr) {
        const actual = options.actual[c];
        this.leaf(tr, kinds[c]!, draw, { ...(options.scopes[c] ? { scope: options.scopes[c] } : {}), ...(actual ? { actual } : {}) });
      } else this.artifact(draw);
      x += widths[c]!;
    });
    doc.y = top + height;
  }

  private table(parent: Struct, table: TableBlock): void {
    const doc = this.doc;
    this.state.tables++;
    const widths = this.columnWidths(table);
    const numeric = table.columns.map((c) => Boolean(c.numeric));
    const headers = table.columns.map((c) => c.header);
    const headerKinds = table.columns.map(() => 'TH' as const);
    const bodyKinds = table.columns.map((_, c) => (table.rowHeader && c === 0 ? 'TH' : 'TD'));
    const cells = (row: readonly TableCell[]) => row.map((cell, c) => formatCell(cell, table.columns[c]));
    const captionText = `Table ${this.state.tables}: ${table.caption}`;
    const headerHeight = this.rowHeight(headers, widths, () => true);
    const firstRow = table.rows[0];
    const firstHeight = firstRow ? this.rowHeight(cells(firstRow), widths, (c) => bodyKinds[c] === 'TH') : 0;
    // The caption, header and first row go together.
    this.ensure(this.heightOf(captionText, CONTENT_WIDTH, SIZE.caption, true) + 4 + headerHeight + firstHeight);

    const tableEl = this.struct(parent, 'Table');
    this.leaf(tableEl, 'Caption', () => this.runs([{ text: captionText, bold: true }], MARGIN.left, CONTENT_WIDTH, SIZE.caption));
    doc.y += 4;
    const headerOptions = { header: true, scopes: headers.map(() => 'Column' as const), numeric, actual: headers.map(() => undefined) };
    const thead = this.struct(tableEl, 'THead');
    const headTr = this.struct(thead, 'TR');
    this.drawRow(headTr, headers, widths, headerHeight, headerKinds, headerOptions);
    headTr.end();
    thead.end();

    const tbody = this.struct(tableEl, 'TBody');
    for (const row of table.rows) {
      const texts = cells(row);
      const height = this.rowHeight(texts, widths, (c) => bodyKinds[c] === 'TH');
      if (doc.y + height > this.maxY) {
        this.newPage();
        this.drawRow(null, headers, widths, headerHeight, headerKinds, headerOptions);
      }
      const tr = this.struct(tbody, 'TR');
      this.drawRow(tr, texts, widths, height, bodyKinds, {
        header: false,
        scopes: bodyKinds.map((k) => (k === 'TH' ? 'Row' : undefined)),
        numeric,
        // A dash is read out as what it means.
        actual: row.map((cell) => (cell === null ? NULL_CELL_SPOKEN : undefined)),
      });
      tr.end();
    }
    tbody.end();
    tableEl.end();
    doc.y += 4;
    for (const note of tableNotes(table)) {
      this.ensure(SIZE.note * 2);
      this.leaf(parent, 'P', () => this.runs(note, MARGIN.left, CONTENT_WIDTH, SIZE.note, {}, COLOURS.muted));
      doc.y += 2;
    }
    this.gap(10);
  }

  // --- charts ---------------------------------------------------------------------------------

  private chart(parent: Struct, chart: ChartBlock): void {
    const doc = this.doc;
    this.state.figures++;
    const captionText = `Figure ${this.state.figures}: ${chart.title}`;
    const captionHeight = this.heightOf(captionText, CONTENT_WIDTH, SIZE.caption, true);
    // SVG units are CSS pixels, 0.75 of a point; no wider than the text, no taller than most of a page.
    let width = Math.min(CONTENT_WIDTH, chart.width * 0.75);
    let height = (chart.height * width) / chart.width;
    const tallest = (PAGE.height - MARGIN.top - MARGIN.bottom) * 0.8;
    if (height > tallest) {
      width = (width * tallest) / height;
      height = tallest;
    }
    this.ensure(captionHeight + 6 + height);
    // The caption is a paragraph beside the figure: inside it, the figure's Alt would hide it.
    this.leaf(parent, 'P', () => this.runs([{ text: captionText, bold: true }], MARGIN.left, CONTENT_WIDTH, SIZE.caption));
    doc.y += 6;
    const x = MARGIN.left;
    const y = doc.y;
    this.leaf(
      parent,
      'Figure',
      () => {
        SVGtoPDF(doc, chart.svg, x, y, {
          width,
          height,
          assumePt: false,
          fontCallback: (_family, bold, italic) => fontFor(bold, italic),
          warningCallback: (message) => {
            throw new Error(`Chart "${chart.title}" could not be drawn: ${message}`);
          },
        });
      },
      { alt: chart.alt, title: chart.title, bbox: [x, y, x + width, y + height], placement: 'Block' },
    );
    doc.x = MARGIN.left;
    doc.y = y + height;
    this.gap(10);
    if (chart.table) this.table(parent, chart.table);
  }

  // --- page furniture -------------------------------------------------------------------------

  /** The running header and "Page n of N" on every page after the title page, as pagination artifacts. */
  furniture(): void {
    const doc = this.doc;
    const { start, count } = doc.bufferedPageRange();
    for (let i = start + 1; i < start + count; i++) {
      doc.switchToPage(i);
      // Writing in the margins would otherwise make pdfkit start a new page.
      const saved = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font(fontFor()).fontSize(SIZE.furniture).fillColor(COLOURS.muted);
      this.artifact(
        () => {
          doc.text(this.report.title, MARGIN.left, 36, { width: CONTENT_WIDTH, align: 'right', lineBreak: false, ellipsis: true, height: SIZE.furniture * 1.4 });
          doc.save().lineWidth(0.5).strokeColor(COLOURS.rule).moveTo(MARGIN.left, 50).lineTo(PAGE.width - MARGIN.right, 50).stroke().restore();
        },
        'Pagination',
        ['Top'],
      );
      this.artifact(
        () => {
          doc.font(fontFor()).fontSize(SIZE.furniture).fillColor(COLOURS.muted);
          doc.text(this.report.organisation, MARGIN.left, PAGE.height - 44, { width: CONTENT_WIDTH / 2, align: 'left', lineBreak: false });
          doc.text(`Page ${i + 1} of ${count}`, MARGIN.left + CONTENT_WIDTH / 2, PAGE.height - 44, { width: CONTENT_WIDTH / 2, align: 'right', lineBreak: false });
        },
        'Pagination',
        ['Bottom'],
      );
      doc.page.margins.bottom = saved;
    }
  }
}

/**
 * pdfkit writes the title and author into the XMP metadata without escaping them, so a title
 * with "&" or "<" would make the metadata malformed XML. The Info dictionary is written before
 * the XMP, so escaping the values just for the XMP leaves the Info dictionary as it should be.
 */
function escapeInfoInXmp(doc: Doc): void {
  const raw = doc as unknown as { endMetadata(): void; info: Record<string, unknown> };
  const endMetadata = raw.endMetadata.bind(doc);
  raw.endMetadata = () => {
    const saved = { ...raw.info };
    for (const [key, value] of Object.entries(raw.info)) if (typeof value === 'string') raw.info[key] = escapeXml(value);
    try {
      endMetadata();
    } finally {
      Object.assign(raw.info, saved);
    }
  };
}

/** The report as a tagged PDF. Throws ReportValidationError if the document breaks the model's rules. */
export async function renderPdf(report: ReportDocument): Promise<Buffer> {
  validateReport(report);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: REPORT_LANGUAGE,
    displayTitle: true,
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: report.title,
      Author: report.author ?? report.organisation,
      Subject: report.subtitle ?? `${report.title}: ${report.organisation}`,
      Creator: 'Cultivate',
      CreationDate: new Date(),
    },
  });
  // pdfkit starts in Helvetica, which stays unused (so unembedded and not written): every piece of
  // text picks one of these. (Starting in Arimo instead would defeat pdfkit's font cache, which
  // then reopened the font file for every run of text.)
  for (const face of Object.keys(FONT_NAMES) as FontFace[]) doc.registerFont(FONT_NAMES[face], fontData(face));
  // Open with the bookmarks showing, so the headings can be used to move around at once.
  (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data.PageMode = 'UseOutlines';
  escapeInfoInXmp(doc);
  // The language in the XMP too, beside the catalog's /Lang (pdfkit writes only the latter).
  doc.appendXML(`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language><rdf:Bag><rdf:li>${REPORT_LANGUAGE}</rdf:li></rdf:Bag></dc:language></rdf:Description>`);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  try {
    const writer = new PdfWriter(doc, report);
    writer.titlePage();
    for (const section of report.sections) writer.section(section);
    writer.finish();
    writer.furniture();
  } catch (error) {
    doc.end();
    await done.catch(() => undefined);
    throw error;
  }
  doc.end();
  return done;
}
