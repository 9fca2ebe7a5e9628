// The CSV templates offered for download: the header row and two example rows each.
// Importing the units template and then the staff template into an empty organisation works.
import type { ImportKind } from './types.js';

const TEMPLATES: Record<ImportKind, string[][]> = {
  units: [
    ['Unit Code', 'Unit Name', 'Parent Code', 'Unit Type'],
    ['MED', 'Medicine', '', 'division'],
    ['MED-AMU', 'Acute Medical Unit', 'MED', 'ward'],
  ],
  staff: [
    ['Assignment Number', 'Full Name', 'Work Email', 'Pay Band', 'Staff Group', 'Job Role', 'Leader', 'Unit Code', 'Unit Path'],
    ['12345678', 'Alex Example', 'alex.example@nhs.net', 'Band 6', 'Nursing and Midwifery Registered', 'Ward Sister', 'Y', 'MED-AMU', ''],
    ['23456789-2', 'Sam Sample', 'sam.sample@nhs.net', 'Band 4', 'Administrative and Clerical', 'Medical Secretary', 'N', '', 'Medicine > Medical Secretaries'],
  ],
};

/** One CSV value, quoted when it needs to be. */
export function csvValue(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export const csvLine = (values: readonly string[]): string => values.map(csvValue).join(',');

export function importTemplateCsv(kind: ImportKind): string {
  return `${TEMPLATES[kind].map(csvLine).join('\r\n')}\r\n`;
}

export const templateFileName = (kind: ImportKind): string => `cultivate-${kind}-template.csv`;
