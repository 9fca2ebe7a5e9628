// A realistic, deterministic staff extract for tests and benchmarks: ESR-like columns, about
// 300 units placed by path (5 divisions → 20 directorates → 280 wards and teams), NHS staff
// groups and pay bands, names with apostrophes, hyphens and accents, and quoted values.
// The same (rows, seed) always gives byte-for-byte the same CSV, which imports without errors.
import { csvLine } from './templates.js';
import { seededRng } from '../random/seeded.js';

const DIVISIONS: Record<string, string[]> = {
  Medicine: ['Acute Medicine', 'Elderly Care', 'Cardiology', 'Respiratory Medicine'],
  Surgery: ['General Surgery', 'Trauma and Orthopaedics', 'Theatres and Anaesthetics', 'Urology'],
  'Women and Children': ['Maternity', 'Gynaecology', 'Paediatrics', 'Neonatal Services'],
  'Clinical Support Services': ['Radiology', 'Pathology', 'Pharmacy', 'Therapies'],
  'Corporate Services': ['Finance', 'Workforce and OD', 'Estates and Facilities', 'Digital Services'],
};
const LEAVES = [
  'Ward A',
  'Ward B',
  'Ward C',
  'Ward D',
  'Outpatients',
  'Day Unit',
  'Admin Team',
  'Nursing Team',
  'Medical Staff',
  'Therapy Team',
  'Clinic',
  'Assessment Unit',
  'Night Team',
  'Community Team',
];

/** Every leaf unit's path, "Division > Directorate > Leaf": 5 × 4 × 14 = 280 leaves, 305 units in all. */
export const SYNTHETIC_UNIT_PATHS: readonly string[] = Object.entries(DIVISIONS).flatMap(([division, directorates]) =>
  directorates.flatMap((directorate) => LEAVES.map((leaf) => `${division} > ${directorate} > ${leaf}`)),
);

const FIRST = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Grace', 'Sophia', 'Freya', 'Emily', 'Ruby', 'Aisha', 'Fatima', 'Priya', 'Chloe',
  'Zoë', 'Siân', 'Niamh', 'Aoife', 'Chidinma', 'Agnieszka', 'Maria', 'Joy', 'Grace-Ann', 'Hannah', 'Sarah', 'Rebecca',
  'Oliver', 'George', 'Noah', 'Arthur', 'Muhammad', 'Leo', 'Harry', 'Oscar', 'Jack', 'Jacob', 'Rhys', 'Dylan', 'Tomasz',
  'Chukwuemeka', 'Rajesh', 'Amit', 'Kwame', 'Seán', 'Ciarán', 'José', 'Daniel', 'James', 'David', 'Michael', 'Thomas',
];
const LAST = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Robinson',
  'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris', 'Clarke', 'Patel',
  'Khan', 'Begum', 'Ahmed', 'Ali', 'Singh', 'Kaur', 'Okafor', 'Adeyemi', 'Mensah', 'Nowak', 'Kowalski', 'Santos',
  "O'Brien", "O'Neill", 'McDonald', 'MacLeod', 'Smith-Jones', 'Lloyd-Williams', 'Nguyen', 'Chen', 'Wong', 'Murphy', 'Kelly',
];

type Group = { name: string; weight: number; bands: [string, number][]; roles: string[] };
const GROUPS: Group[] = [
  { name: 'Nursing and Midwifery Registered', weight: 27, bands: [['Band 5', 50], ['Band 6', 30], ['Band 7', 15], ['Band 8a', 5]], roles: ['Staff Nurse', 'Midwife', 'Ward Sister', 'Nurse, Clinical Specialist', 'Matron'] },
  { name: 'Additional Clinical Services', weight: 22, bands: [['Band 2', 35], ['Band 3', 45], ['Band 4', 20]], roles: ['Healthcare Assistant', 'Maternity Support Worker', 'Nursing Associate', 'Assistant Practitioner'] },
  { name: 'Administrative and Clerical', weight: 20, bands: [['Band 2', 15], ['Band 3', 30], ['Band 4', 25], ['Band 5', 12], ['Band 6', 8], ['Band 7', 5], ['Band 8b', 3], ['Band 8c', 1], ['Band 9', 1]], roles: ['Ward Clerk', 'Medical Secretary', 'Receptionist', 'Administrator, Outpatients', 'Service Manager', 'Finance Officer'] },
  { name: 'Medical and Dental', weight: 10, bands: [['Consultant', 40], ['Specialty Registrar', 25], ['Specialty Doctor', 15], ['Foundation Year 1', 10], ['Foundation Year 2', 10]], roles: ['Consultant Physician', 'Consultant Surgeon', 'Registrar', 'Foundation Doctor', 'Specialty Doctor'] },
  { name: 'Allied Health Professionals', weight: 8, bands: [['Band 5', 35], ['Band 6', 35], ['Band 7', 25], ['Band 8a', 5]], roles: ['Physiotherapist', 'Occupational Therapist', 'Radiographer', 'Dietitian', 'Speech and Language Therapist'] },
  { name: 'Estates and Ancillary', weight: 7, bands: [['Band 1', 5], ['Band 2', 60], ['Band 3', 25], ['Band 4', 10]], roles: ['Porter', 'Domestic Assistant', 'Catering Assistant', 'Maintenance Technician'] },
  { name: 'Add Prof Scientific and Technic', weight: 3, bands: [['Band 5', 30], ['Band 6', 35], ['Band 7', 25], ['Band 8a', 10]], roles: ['Pharmacist', 'Pharmacy Technician', 'Psychologist'] },
  { name: 'Healthcare Scientists', weight: 3, bands: [['Band 5', 30], ['Band 6', 35], ['Band 7', 25], ['Band 8d', 10]], roles: ['Biomedical Scientist', 'Clinical Scientist'] },
];
const ETHNICITY: [string, number][] = [
  ['White - British', 62], ['White - Any other White background', 9], ['Asian or Asian British - Indian', 8], ['Asian or Asian British - Pakistani', 3],
  ['Black or Black British - African', 8], ['Black or Black British - Caribbean', 2], ['Mixed - Any other mixed background', 2], ['Chinese', 1],
  ['Not stated', 5],
];
const AGE_BANDS: [string, number][] = [['16-20', 2], ['21-30', 22], ['31-40', 26], ['41-50', 23], ['51-60', 20], ['61-65', 5], ['66+', 2]];

function weighted<T>(rand: () => number, items: readonly [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return (items[items.length - 1] as [T, number])[0];
}
const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const asciiFold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9-]/g, '');

export const SYNTHETIC_STAFF_HEADER = [
  'Assignment Number', 'First Name', 'Last Name', 'Work Email', 'Pay Band', 'Staff Group', 'Job Role', 'Leader',
  'Organisation Path', 'Ethnicity', 'Sex', 'Age Band',
] as const;

/** A staff CSV with a header and `rows` people (CRLF line ends, UTF-8, no BOM). */
export function makeStaffCsv(rows: number, seed: number): string {
  const rand = seededRng(seed).next;
  const groups = GROUPS.map((g) => [g, g.weight] as [Group, number]);
  const lines: string[] = [csvLine(SYNTHETIC_STAFF_HEADER)];
  for (let i = 0; i < rows; i++) {
    const first = pick(rand, FIRST);
    const last = pick(rand, LAST);
    const group = weighted(rand, groups);
    const band = weighted(rand, group.bands);
    const senior = /Band [789]|Consultant/.test(band);
    const bandText = band.startsWith('Band ') && rand() < 0.1 ? band.slice(5).toUpperCase() : band;
    lines.push(
      csvLine([
        `${10_000_001 + i}${rand() < 0.08 ? '-2' : ''}`,
        first,
        last,
        rand() < 0.05 ? '' : `${asciiFold(first)}.${asciiFold(last)}${i}@nhs.net`,
        bandText,
        group.name,
        pick(rand, group.roles),
        senior && rand() < 0.6 ? 'Y' : 'N',
        pick(rand, SYNTHETIC_UNIT_PATHS),
        weighted(rand, ETHNICITY),
        rand() < 0.77 ? 'Female' : 'Male',
        weighted(rand, AGE_BANDS),
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
