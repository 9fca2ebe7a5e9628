// Representation of ethnic minority and disabled staff in leadership: are Black and minority
// ethnic (BME) and disabled staff as present in the senior bands as in the workforce, and how
// much more likely are white (non-disabled) staff to be in a leadership band? The programme's
// leadership workforce analysis reads this next to the Workforce Race Equality Standard (WRES)
// and Workforce Disability Equality Standard (WDES) returns.
//
// What is computed, for staff in post on `asOf`, per unit subtree and for the organisation:
//   - WRES indicator 1 / WDES metric 1 style representation: per pay band, the counts of white,
//     BME and unknown staff, and the BME share of staff whose ethnicity is known, beside the
//     BME share of the whole workforce; the same for disabled / non-disabled / unknown.
//   - A relative likelihood in the form of WRES indicator 2 (which compares the likelihood of
//     white and BME applicants being appointed from shortlisting), applied here to being in a
//     leadership band instead of to appointment: likelihood for a group = its staff in a
//     leadership band ÷ all its staff; relative likelihood = likelihood(white) ÷
//     likelihood(BME). 1 means equal; 3.00 means white staff are three times as likely to be in
//     a leadership band. For disability, as WDES does: likelihood(non-disabled) ÷
//     likelihood(disabled). So this is NOT the published WRES indicator 2 (no recruitment data
//     here); it borrows its ratio for the question of representation in leadership.
// A leadership band is by default Agenda for Change 8a, 8b, 8c, 8d or 9, or VSM
// (leaders.ts inLeadershipBand); pass `outcome` to change it. The denominator is every member of
// staff of the group, whatever their pay system (medical staff included).
//
// Ethnicity: "White" is any category that starts with White (White - British, White - Irish,
// White - Any other White background, with or without an ESR code such as "A " or "C3 ");
// "Mixed - White and Black Caribbean" and the like are BME. Unknown: blank, "Not stated",
// "Unspecified", "Not known", "Prefer not to say" and the like. Every other stated category is
// BME. Disability: Yes / No (and Y/N, Disabled / Not disabled); anything else, blank or "Not
// declared", is unknown. Unknowns are in neither group, and their count is reported.
import { parseYesNo } from '../imports/values.js';
import { categoriesOf, payBandOrder, UNKNOWN } from './categories.js';
import { checkDate } from './dates.js';
import { inLeadershipBand, inPostIndices } from './leaders.js';
import type { Staff } from './records.js';
import { countCell, derivedCell, dimension, protectFigures, shareCell, sumOfCells, tableOf, TOTAL, type Cell, type Dimension, type Figures } from './small-numbers.js';
import { rowUnitId, type Workforce } from './workforce.js';

export type EthnicGroup = 'white' | 'bme' | 'unknown';
export type DisabilityGroup = 'notDisabled' | 'disabled' | 'unknown';

const ESR_CODE = /^[A-Z][0-9A-Z]?\s+(?=\S)/; // "A White - British", "C3 White Unspecified", "Z Not Stated"
const NOT_KNOWN = /^(?:not stated|not known|unknown|unspecified|not specified|not declared|undeclared|not disclosed|undisclosed|prefer not to (?:say|answer)|refused|information refused|not given|withheld|n\/?a|none given)\b/;

export function classifyEthnicity(text: string | null): EthnicGroup {
  const t = (text ?? '').trim().replace(ESR_CODE, '').toLowerCase();
  if (t === '' || NOT_KNOWN.test(t)) return 'unknown';
  if (/^white\b/.test(t) && !/^white\s*(?:and|&|\/|\+)\s/.test(t)) return 'white';
  return 'bme';
}

export function classifyDisability(text: string | null): DisabilityGroup {
  const t = (text ?? '').trim().toLowerCase();
  if (t === '' || NOT_KNOWN.test(t)) return 'unknown';
  const yesNo = parseYesNo(t);
  if (yesNo !== null) return yesNo ? 'disabled' : 'notDisabled';
  if (/^(?:not disabled|non[- ]?disabled|no disability|no - |no, )/.test(t)) return 'notDisabled';
  if (/^(?:disabled|has a disability|yes - |yes, )/.test(t)) return 'disabled';
  return 'unknown';
}

export interface BandRepresentation {
  band: string;
  reference: Cell;
  focus: Cell;
  unknown: Cell;
  /** focus ÷ (reference + focus) in this band. */
  focusShare: Cell;
}

/**
 * One comparison: ethnicity (reference white, focus BME) or disability (reference
 * non-disabled, focus disabled).
 */
export interface Comparison {
  reference: Cell;
  focus: Cell;
  unknown: Cell;
  /** focus ÷ (reference + focus): the focus group's share of staff whose group is known. */
  focusShare: Cell;
  byBand: BandRepresentation[];
  referenceInLeadershipBands: Cell;
  focusInLeadershipBands: Cell;
  likelihoodReference: Cell;
  likelihoodFocus: Cell;
  /** likelihood(reference) ÷ likelihood(focus); 'none' when no focus-group member is in a leadership band. */
  relativeLikelihood: Cell;
}

export interface RepresentationRow {
  unitId: string | null;
  workforce: Cell;
  ethnicity: Comparison;
  disability: Comparison;
}

export interface RepresentationReport {
  asOf: string;
  k: number;
  bands: string[];
  rows: RepresentationRow[];
}

export interface RepresentationOptions {
  asOf: string;
  k: number;
  /** Being in a leadership band; default inLeadershipBand (8a and above, or VSM). */
  outcome?: (s: Staff) => boolean;
}

/** The three tables of one comparison: group, group in the outcome, band × group. Codes: 0 reference, 1 focus, 2 unknown. */
function comparisonDimensions(prefix: string, group: readonly number[], outcome: readonly boolean[], bandOf: Int32Array, bands: readonly string[]): Dimension[] {
  const names = ['reference', 'focus', UNKNOWN];
  return [
    dimension(`${prefix}`, names, group),
    dimension(`${prefix}.outcome`, ['reference', 'focus'], group.map((g, i) => (g < 2 && outcome[i] ? g : -1))),
    dimension(
      `${prefix}.band`,
      bands.flatMap((b) => names.map((n) => `${b} · ${n}`)),
      group.map((g, i) => bandOf[i]! * 3 + g),
    ),
  ];
}

function comparison(f: Figures, prefix: string, bands: readonly string[], row: number): Comparison {
  const t = tableOf(f, prefix);
  const out = tableOf(f, `${prefix}.outcome`);
  const byBandTable = tableOf(f, `${prefix}.band`);
  const [reference, focus, unknown] = [0, 1, 2].map((c) => countCell(t, row, c)) as [Cell, Cell, Cell];
  const [refOut, focusOut] = [0, 1].map((c) => countCell(out, row, c)) as [Cell, Cell];
  return {
    reference,
    focus,
    unknown,
    focusShare: shareCell(focus, sumOfCells(reference, focus)),
    byBand: bands.map((band, b) => {
      const [r, fo, u] = [0, 1, 2].map((g) => countCell(byBandTable, row, b * 3 + g)) as [Cell, Cell, Cell];
      return { band, reference: r, focus: fo, unknown: u, focusShare: shareCell(fo, sumOfCells(r, fo)) };
    }),
    referenceInLeadershipBands: refOut,
    focusInLeadershipBands: focusOut,
    likelihoodReference: shareCell(refOut, reference),
    likelihoodFocus: shareCell(focusOut, focus),
    // (a/A) ÷ (b/B) computed as (a·B) ÷ (A·b): exact for whole numbers, so 30/200 ÷ 5/100 is 3, not 2.9999999999999996.
    relativeLikelihood: derivedCell([reference, focus, refOut, focusOut], ([A, B, a, b]) =>
      A! > 0 && b! > 0 ? { n: A! + B!, value: (a! * B!) / (A! * b!) } : null,
    ),
  };
}

export function representationReport(w: Workforce, options: RepresentationOptions): RepresentationReport {
  const { asOf, k } = options;
  checkDate(asOf, 'The as-at date');
  const outcomeOf = options.outcome ?? inLeadershipBand;
  const members = inPostIndices(w, asOf);
  const staff = members.map((i) => w.staff[i]!);
  const unitOf = Int32Array.from(members, (i) => w.unitOf[i]!);
  const outcome = staff.map(outcomeOf);
  const bands = categoriesOf(staff.map((s) => s.band), () => true, payBandOrder);
  const ethnic = staff.map((s) => ({ white: 0, bme: 1, unknown: 2 })[classifyEthnicity(s.ethnicity)]);
  const disabled = staff.map((s) => ({ notDisabled: 0, disabled: 1, unknown: 2 })[classifyDisability(s.disability)]);
  // Two populations of the same people, so the audit never splits them by band, ethnicity and
  // disability at once (its work grows with each way people are split); the disability figures
  // start from the totals the ethnicity figures left, so the shared totals agree.
  const byEthnicity = protectFigures(w.tree, unitOf, comparisonDimensions('ethnicity', ethnic, outcome, bands.of, bands.categories), k);
  const byDisability = protectFigures(w.tree, unitOf, comparisonDimensions('disability', disabled, outcome, bands.of, bands.categories), k, { totalsAsIn: byEthnicity });
  const rows = byEthnicity.rows.map(
    (unit, row): RepresentationRow => ({
      unitId: rowUnitId(w, unit),
      workforce: countCell(tableOf(byEthnicity, 'ethnicity.band'), row, TOTAL),
      ethnicity: comparison(byEthnicity, 'ethnicity', bands.categories, row),
      disability: comparison(byDisability, 'disability', bands.categories, row),
    }),
  );
  return { asOf, k, bands: bands.categories, rows };
}
