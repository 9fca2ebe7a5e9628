// The board report as a document model: what it says, not how it looks. Two renderers draw it
// (src/server/modules/report: DOCX for boards to circulate, tagged PDF for reading and archive),
// so everything both of them need to agree on lives here: the shape, the rules a document must
// keep before it is drawn, and the words that stand in for missing values. Pure, no I/O.

/** A stretch of text with the same emphasis. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Plain text, or text in runs where part of it is bold or italic. */
export type Inline = string | readonly TextRun[];

export interface ParagraphBlock {
  type: 'paragraph';
  text: Inline;
}

export interface BulletsBlock {
  type: 'bullets';
  items: readonly Inline[];
}

export interface TableColumn {
  header: string;
  /** Right-aligned, and numbers are written in en-GB style (1,234.5). */
  numeric?: boolean;
  /** Fixed decimals for the column's numbers; without it a number keeps up to 2. */
  decimals?: number;
}

export type TableCell = string | number | null;

export interface TableBlock {
  type: 'table';
  /** Says what the table shows; drawn above it and tagged as its caption. */
  caption: string;
  columns: readonly TableColumn[];
  /** Each row has exactly one cell per column. null is a value not shown (see nullNote). */
  rows: readonly (readonly TableCell[])[];
  /** The first column names the row (a row header), as a unit or cultural element does. */
  rowHeader?: boolean;
  /** Written under the table: sources, definitions, caveats. */
  notes?: string;
  /** What a dash stands for, written under the table when any cell is null. Defaults to DEFAULT_NULL_NOTE. */
  nullNote?: string;
}

export interface ChartBlock {
  type: 'chart';
  title: string;
  /** The text alternative: what the chart shows and what it means, for anyone who cannot see it. */
  alt: string;
  /** A standalone SVG document (see svg-charts.ts). */
  svg: string;
  /** The SVG's size in user units (CSS pixels); renderers scale it to the page keeping the ratio. */
  width: number;
  height: number;
  /** The chart's data as a table, drawn after it, so every figure can be read as text. */
  table?: TableBlock;
}

/** An inset note that stands apart from the text around it. */
export interface CalloutBlock {
  type: 'callout';
  title?: string;
  text: Inline;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export type ReportBlock = ParagraphBlock | BulletsBlock | TableBlock | ChartBlock | CalloutBlock | PageBreakBlock;

export interface ReportSection {
  heading: string;
  /** 1 (the default) is a main section, 2 a subsection of the level-1 section before it. */
  level?: 1 | 2;
  blocks: readonly ReportBlock[];
}

export interface ReportDocument {
  title: string;
  subtitle?: string;
  organisation: string;
  /** The report's date, ISO 8601 (2026-03-31). */
  date: string;
  author?: string;
  sections: readonly ReportSection[];
}

/** The report language, for the renderers' document language and the charts' number formats. */
export const REPORT_LANGUAGE = 'en-GB';

/** What a null cell is drawn as: an en dash, which reads as "not shown" against the note. */
export const NULL_CELL = '–';

/** What a null cell means, for screen readers (the PDF gives it as the cell's actual text). */
export const NULL_CELL_SPOKEN = 'not shown';

export const DEFAULT_NULL_NOTE = 'A dash (–) marks a value not shown, because too few people answered to report it without risk of identifying them, or because it was not available.';

export class ReportValidationError extends Error {
  constructor(
    /** Where in the document, e.g. "sections[2].blocks[0]". */
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'ReportValidationError';
  }
}

export function inlineRuns(text: Inline): TextRun[] {
  return typeof text === 'string' ? [{ text }] : text.map((r) => ({ ...r }));
}

export function plainText(text: Inline): string {
  return typeof text === 'string' ? text : text.map((r) => r.text).join('');
}

const numberFormats = new Map<number | undefined, Intl.NumberFormat>();

/** en-GB numbers (1,234.5) with fixed decimals, or up to 2 when none are given. Formatters are kept, as making one is slow. */
export function formatNumberEnGb(value: number, decimals?: number): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    // 'negative' keeps a value that rounds to zero from showing as "-0.0".
    format = new Intl.NumberFormat(REPORT_LANGUAGE, { signDisplay: 'negative', ...(decimals === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) });
    numberFormats.set(decimals, format);
  }
  return format.format(value);
}

/** A table cell as text: numbers in en-GB style with the column's decimals, null as a dash. */
export function formatCell(value: TableCell, column: TableColumn | undefined): string {
  if (value === null) return NULL_CELL;
  if (typeof value === 'string') return value;
  return formatNumberEnGb(value, column?.decimals);
}

/** The lines written under a table: its own notes, then what a dash means if any cell is null. */
export function tableNotes(table: TableBlock): string[] {
  const notes: string[] = [];
  if (table.notes && table.notes.trim()) notes.push(table.notes.trim());
  if (table.rows.some((row) => row.some((cell) => cell === null))) notes.push(table.nullNote?.trim() || DEFAULT_NULL_NOTE);
  return notes;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The date as a board paper gives it: "31 March 2026". */
export function formatReportDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new ReportValidationError('date', `"${iso}" is not an ISO date (YYYY-MM-DD)`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toLocaleDateString(REPORT_LANGUAGE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function isIsoDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Array.isArray without its narrowing, which turns a readonly array's items into any. */
const isList = (value: unknown): boolean => Array.isArray(value);

const blank = (s: unknown): boolean => typeof s !== 'string' || s.trim() === '';

function checkInline(text: Inline, path: string): void {
  if (typeof text === 'string') {
    if (text.trim() === '') throw new ReportValidationError(path, 'the text is empty');
    return;
  }
  if (!isList(text) || text.length === 0) throw new ReportValidationError(path, 'the text has no runs');
  if (text.every((r) => typeof r?.text !== 'string' || r.text.trim() === '')) throw new ReportValidationError(path, 'the text is empty');
  text.forEach((r, i) => {
    if (typeof r?.text !== 'string') throw new ReportValidationError(`${path}[${i}]`, 'a run has no text');
  });
}

export function validateTable(table: TableBlock, path: string): void {
  if (blank(table.caption)) throw new ReportValidationError(path, 'a table needs a caption that says what it shows');
  if (!isList(table.columns) || table.columns.length === 0) throw new ReportValidationError(path, `table "${table.caption}" has no columns`);
  table.columns.forEach((c, i) => {
    if (blank(c.header)) throw new ReportValidationError(`${path}.columns[${i}]`, `table "${table.caption}" has a column with no header`);
    if (c.decimals !== undefined && !(Number.isInteger(c.decimals) && c.decimals >= 0 && c.decimals <= 6)) throw new ReportValidationError(`${path}.columns[${i}]`, 'decimals must be a whole number from 0 to 6');
  });
  if (!isList(table.rows)) throw new ReportValidationError(path, `table "${table.caption}" has no rows array`);
  table.rows.forEach((row, r) => {
    if (!isList(row) || row.length !== table.columns.length) {
      throw new ReportValidationError(`${path}.rows[${r}]`, `table "${table.caption}" has ${table.columns.length} columns but row ${r + 1} has ${isList(row) ? row.length : 'no'} cells`);
    }
    row.forEach((cell, c) => {
      const ok = cell === null || typeof cell === 'string' || (typeof cell === 'number' && Number.isFinite(cell));
      if (!ok) throw new ReportValidationError(`${path}.rows[${r}][${c}]`, `table "${table.caption}" has a cell that is not text, a finite number or null`);
    });
    if (table.rowHeader && (row[0] === null || blank(String(row[0])))) throw new ReportValidationError(`${path}.rows[${r}][0]`, `table "${table.caption}" has a row header that is empty`);
  });
}

export function validateBlock(block: ReportBlock, path: string): void {
  switch (block?.type) {
    case 'paragraph':
      return checkInline(block.text, `${path}.text`);
    case 'bullets':
      if (!isList(block.items) || block.items.length === 0) throw new ReportValidationError(path, 'a bullet list has no items');
      block.items.forEach((item, i) => checkInline(item, `${path}.items[${i}]`));
      return;
    case 'table':
      return validateTable(block, path);
    case 'chart': {
      const name = blank(block.title) ? 'a chart' : `chart "${block.title}"`;
      if (blank(block.title)) throw new ReportValidationError(path, 'a chart needs a title');
      if (blank(block.alt)) throw new ReportValidationError(path, `${name} has no alt text: give a text alternative that says what it shows`);
      if (blank(block.svg) || !/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(block.svg)) throw new ReportValidationError(path, `${name} is not an SVG document`);
      if (!(Number.isFinite(block.width) && block.width > 0 && Number.isFinite(block.height) && block.height > 0)) throw new ReportValidationError(path, `${name} needs a positive width and height`);
      if (block.table) validateTable(block.table, `${path}.table`);
      return;
    }
    case 'callout':
      if (block.title !== undefined && blank(block.title)) throw new ReportValidationError(path, 'a callout title, when given, must not be empty');
      return checkInline(block.text, `${path}.text`);
    case 'pageBreak':
      return;
    default:
      throw new ReportValidationError(path, `unknown block type "${String((block as { type?: unknown } | undefined)?.type)}"`);
  }
}

/** Throws a ReportValidationError naming the first thing wrong; renderers call it before drawing. */
export function validateReport(doc: ReportDocument): void {
  if (blank(doc.title)) throw new ReportValidationError('title', 'the report needs a title');
  if (blank(doc.organisation)) throw new ReportValidationError('organisation', 'the report needs the organisation’s name');
  if (typeof doc.date !== 'string' || !isIsoDate(doc.date)) throw new ReportValidationError('date', `"${String(doc.date)}" is not an ISO date (YYYY-MM-DD)`);
  if (doc.subtitle !== undefined && blank(doc.subtitle)) throw new ReportValidationError('subtitle', 'a subtitle, when given, must not be empty');
  if (doc.author !== undefined && blank(doc.author)) throw new ReportValidationError('author', 'an author, when given, must not be empty');
  if (!isList(doc.sections)) throw new ReportValidationError('sections', 'the report has no sections array');
  doc.sections.forEach((section, s) => {
    const path = `sections[${s}]`;
    if (blank(section.heading)) throw new ReportValidationError(path, 'a section needs a heading');
    if (section.level !== undefined && section.level !== 1 && section.level !== 2) throw new ReportValidationError(path, 'a section level is 1 or 2');
    if (!isList(section.blocks)) throw new ReportValidationError(path, 'a section has no blocks array');
    section.blocks.forEach((block, b) => validateBlock(block, `${path}.blocks[${b}]`));
  });
}

/** Checks a document and gives it back, so a report can be built and checked in one expression. */
export function defineReport(doc: ReportDocument): ReportDocument {
  validateReport(doc);
  return doc;
}
