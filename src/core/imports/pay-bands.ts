// Pay bands: Agenda for Change bands 1–9 (8a–8d), medical and dental grades, and "Non-AfC"/"Other".
// Accepts the spellings ESR extracts and people use ("Band 5", "5", "AfC Band 5", "8A",
// "Band 8 - Range A", "FY1", "StR") and returns one canonical label for storage and analysis.
export const AFC_BANDS = [
  'Band 1',
  'Band 2',
  'Band 3',
  'Band 4',
  'Band 5',
  'Band 6',
  'Band 7',
  'Band 8a',
  'Band 8b',
  'Band 8c',
  'Band 8d',
  'Band 9',
] as const;

export const MEDICAL_GRADES = [
  'Consultant',
  'Specialist',
  'Associate Specialist',
  'Specialty Doctor',
  'Staff Grade',
  'Specialty Registrar',
  'Core Trainee',
  'Foundation Year 1',
  'Foundation Year 2',
] as const;

export const OTHER_PAY_BANDS = ['Non-AfC', 'Other'] as const;

export const PAY_BANDS = [...AFC_BANDS, ...MEDICAL_GRADES, ...OTHER_PAY_BANDS] as const;
export type PayBand = (typeof PAY_BANDS)[number];

const compact = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\((?:str|spr|fy[12]|f[12]|afc)\)/g, '') // "Specialty Registrar (StR)"
    .replace(/[^a-z0-9]/g, '');

const range = (from: number, to: number, make: (n: number) => string): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => make(from + i));

const SYNONYMS: Record<string, PayBand> = {};
function add(label: PayBand, ...spellings: string[]): void {
  for (const s of [label, ...spellings]) SYNONYMS[compact(s)] = label;
}
add('Consultant', 'medical consultant', 'consultant medical', 'dental consultant');
add('Specialist', 'specialist grade');
add('Associate Specialist');
add('Specialty Doctor', 'speciality doctor', 'specialty dr');
add('Staff Grade', 'staff grade doctor');
add('Specialty Registrar', 'speciality registrar', 'specialist registrar', 'registrar', 'str', 'spr', ...range(1, 8, (n) => `st${n}`), ...range(1, 8, (n) => `specialty registrar ${n}`));
add('Core Trainee', 'core training', 'core medical trainee', 'ct1', 'ct2', 'ct3');
add('Foundation Year 1', 'fy1', 'f1', 'foundation year one', 'foundation doctor year 1', 'foundation house officer 1');
add('Foundation Year 2', 'fy2', 'f2', 'foundation year two', 'foundation doctor year 2', 'foundation house officer 2');
add('Non-AfC', 'non afc', 'non-agenda for change', 'not afc', 'not agenda for change', 'vsm', 'very senior manager', 'non afc band');
add('Other', 'other grade');

// Prefixes that may come before an AfC band number.
const PREFIXES = ['agendaforchange', 'reviewbody', 'afc', 'nhs', 'payband', 'band', 'b'];

export type PayBandResult = { ok: true; band: PayBand } | { ok: false; message: string };

/** Reads a pay band; blank input is not a pay band (callers decide whether blank is allowed). */
export function parsePayBand(input: string): PayBandResult {
  const c = compact(input);
  const known = SYNONYMS[c];
  if (known) return { ok: true, band: known };
  let rest = c;
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of PREFIXES) {
      if (rest.startsWith(p) && rest.length > p.length && (p !== 'b' || /^b\d/.test(rest))) {
        rest = rest.slice(p.length);
        changed = true;
      }
    }
  }
  const single = /^([1-9])$/.exec(rest);
  if (single && single[1] !== '8') return { ok: true, band: `Band ${single[1]}` as PayBand };
  const eight = /^8(?:range)?([a-d])$/.exec(rest);
  if (eight) return { ok: true, band: `Band 8${eight[1]}` as PayBand };
  if (rest === '8') {
    return { ok: false, message: `"${input.trim()}" needs a range: use Band 8a, 8b, 8c or 8d` };
  }
  return {
    ok: false,
    message: `"${input.trim()}" is not a pay band Cultivate recognises. Use Band 1 to Band 9 (8a to 8d), a medical grade such as Consultant or Foundation Year 1, Non-AfC or Other`,
  };
}
