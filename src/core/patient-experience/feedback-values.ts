// Checks a file of complaints and compliments (one row per item: the date it came in, the unit
// it is about, whether it is a complaint or a compliment, an optional category and its words)
// before anything is written. Every problem is reported by row and column, and a file with any
// error is refused whole, so a half-imported file never skews the strengths and concerns.
import type { ImportProblem, RawTable } from '../imports/types.js';
import { MAX_SHORT_TEXT, parseDate, tidy } from '../imports/values.js';

export const FEEDBACK_KINDS = ['complaint', 'compliment'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const MAX_FEEDBACK_TEXT = 5000;
export const MAX_CATEGORY = MAX_SHORT_TEXT;

export const FEEDBACK_TEMPLATE_HEADERS = ['Date', 'Unit code', 'Kind', 'Category', 'Text'] as const;

export interface FeedbackRow {
  row: number;
  /** yyyy-mm-dd. */
  receivedOn: string;
  /** Null for the whole organisation (or no particular unit). */
  unitId: string | null;
  kind: FeedbackKind;
  category: string | null;
  text: string;
}

export interface FeedbackPlan {
  rows: FeedbackRow[];
  errors: ImportProblem[];
}

type Field = 'date' | 'unit' | 'kind' | 'category' | 'text';
const FIELD_ORDER: readonly Field[] = ['date', 'unit', 'kind', 'category', 'text'];

// Header names as normalised (lower case, letters and digits only), in order of preference.
const FIELDS: Record<Field, readonly string[]> = {
  date: ['date', 'receivedon', 'datereceived', 'received'],
  unit: ['unitcode', 'unit', 'code', 'orgunitcode'],
  kind: ['kind', 'type', 'feedbacktype'],
  category: ['category', 'subject', 'topic'],
  text: ['text', 'feedback', 'comment', 'comments', 'description', 'details'],
};

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** "Complaint", "COMPLIMENTS" and the like; null for anything else. */
export function parseFeedbackKind(input: string): FeedbackKind | null {
  const v = input.trim().toLowerCase();
  const single = v.endsWith('s') ? v.slice(0, -1) : v;
  return (FEEDBACK_KINDS as readonly string[]).includes(single) ? (single as FeedbackKind) : null;
}

export interface FeedbackContext {
  /** Unit codes (as in the organisation's structure) to unit ids. */
  unitsByCode: ReadonlyMap<string, string>;
  /** Today, yyyy-mm-dd: a date after it is refused. */
  today?: string;
}

const count = (n: number) => n.toLocaleString('en-GB');

export function validateFeedback(table: RawTable, context: FeedbackContext): FeedbackPlan {
  const errors: ImportProblem[] = [];
  const column: Partial<Record<Field, number>> = {};
  table.headers.forEach((h, i) => {
    const n = normalise(h);
    for (const field of FIELD_ORDER) if (column[field] === undefined && FIELDS[field].includes(n)) column[field] = i;
  });
  const label = (field: Field) => (column[field] === undefined ? FEEDBACK_TEMPLATE_HEADERS[FIELD_ORDER.indexOf(field)]! : table.headers[column[field]!]!.trim());
  for (const field of ['date', 'kind', 'text'] as const) {
    if (column[field] === undefined) errors.push({ row: table.headerRow, column: label(field), message: `The file has no ${label(field)} column. Download the template to see the columns expected.` });
  }
  if (errors.length) return { rows: [], errors };

  const rows: FeedbackRow[] = [];
  for (const { row, cells } of table.rows) {
    const raw = (field: Field) => (column[field] === undefined ? '' : (cells[column[field]!] ?? ''));
    const problem = (field: Field, message: string) => errors.push({ row, column: label(field), message });
    const before = errors.length;

    const dateText = raw('date').trim();
    const receivedOn = parseDate(dateText);
    if (!dateText) problem('date', 'Enter the date the feedback came in, such as 2025-04-17 or 17/04/2025');
    else if (!receivedOn) problem('date', `“${dateText}” is not a date. Use 2025-04-17 or 17/04/2025.`);
    else if (context.today && receivedOn > context.today) problem('date', `${receivedOn} is after today. Check the date the feedback came in.`);

    const unitCode = raw('unit').trim();
    const unitId = unitCode ? (context.unitsByCode.get(unitCode) ?? context.unitsByCode.get(unitCode.toUpperCase())) : null;
    if (unitCode && unitId === undefined) problem('unit', `“${unitCode}” is not a unit code in this organisation’s structure. Leave it blank for the whole organisation.`);

    const kindText = raw('kind').trim();
    const kind = parseFeedbackKind(kindText);
    if (!kindText) problem('kind', 'Enter complaint or compliment');
    else if (!kind) problem('kind', `“${kindText}” is not a kind of feedback. Use complaint or compliment.`);

    const category = tidy(raw('category'));
    if (category.length > MAX_CATEGORY) problem('category', `Use a category of ${MAX_CATEGORY} characters or fewer (this has ${count(category.length)})`);

    // Line breaks inside the words are kept: a letter of complaint has paragraphs.
    const text = raw('text').trim();
    if (!text) problem('text', 'Enter the words of the complaint or compliment');
    else if (text.length > MAX_FEEDBACK_TEXT) problem('text', `Keep the text to ${count(MAX_FEEDBACK_TEXT)} characters or fewer (this has ${count(text.length)}). Shorten it or split it into two rows.`);

    if (errors.length > before) continue;
    rows.push({ row, receivedOn: receivedOn!, unitId: unitId ?? null, kind: kind!, category: category || null, text });
  }
  return { rows, errors };
}
