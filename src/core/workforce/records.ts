// The staff records the leadership workforce analysis reads, and the checks they pass before any
// figure is made from them. A bad record is never thrown over: each fault is reported as a
// problem naming the record, the field and what is wrong, and the record is either left out of
// every figure (when its dates or FTE cannot be trusted, since turnover, stability and vacancy
// all hang on them) or kept with the faulty field read as unknown (a pay band nobody can read, a
// successor count that is not a whole number).
import { parsePayBand, type PayBand } from '../imports/pay-bands.js';
import { isIsoDate } from './dates.js';

export interface WorkforceRecord {
  id: string;
  unitId: string;
  payBand: string | null;
  staffGroup: string | null;
  isLeader: boolean;
  /** Assignment id of the line manager, or null. */
  managerId: string | null;
  /** ISO yyyy-mm-dd. */
  startDate: string | null;
  /** ISO yyyy-mm-dd, the last day of service; null while still in post. */
  leavingDate: string | null;
  leavingReason: string | null;
  /** 0 < fte ≤ 1.5. */
  fte: number | null;
  /** ESR style: "16-20", "21-25", …, "66-70", "71 and over". */
  ageBand: string | null;
  /** Free text from ESR, e.g. "White - British", "Asian or Asian British - Indian", "Not stated". */
  ethnicity: string | null;
  sex: string | null;
  /** "Yes", "No", "Not declared" and the like. */
  disability: string | null;
  /** The organisation marks this post as a critical leadership post. */
  keyRole: boolean;
  /** Ready-now successors identified for a key role (0 if none). */
  successors: number;
}

/** A record as the analysis uses it: checked, with its pay band in canonical form. */
export interface Staff extends WorkforceRecord {
  /** The pay band as pay-bands.ts names it; null when blank or unreadable. */
  band: PayBand | null;
  /** Very senior manager: parsePayBand files VSM under Non-AfC, so it is read from the text. */
  isVsm: boolean;
}

export interface Problem {
  /** The record's id (or a unit's id, for a fault in the unit list). */
  id: string;
  field: string;
  message: string;
  /** True when the record is left out of every figure; false when only this field is read as unknown. */
  excluded: boolean;
}

export const MAX_FTE = 1.5;
const VSM = /\b(?:vsm|very senior manager)\b/i;

/** Checks every record; returns the usable ones (in input order) and every problem found. */
export function checkRecords(records: readonly WorkforceRecord[]): { staff: Staff[]; problems: Problem[] } {
  const staff: Staff[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    const id = typeof r.id === 'string' ? r.id.trim() : '';
    const fatal: Problem[] = [];
    const soft: Problem[] = [];
    const fault = (list: Problem[], field: string, message: string) => list.push({ id, field, message, excluded: list === fatal });

    if (id === '') fault(fatal, 'id', 'The record has no id, so it cannot be told apart from others');
    else if (seen.has(id)) fault(fatal, 'id', `The id ${id} appears more than once; only the first record with it is read`);

    const startOk = r.startDate === null || isIsoDate(r.startDate);
    const leaveOk = r.leavingDate === null || isIsoDate(r.leavingDate);
    if (!startOk) fault(fatal, 'startDate', `"${r.startDate}" is not a date written yyyy-mm-dd`);
    if (!leaveOk) fault(fatal, 'leavingDate', `"${r.leavingDate}" is not a date written yyyy-mm-dd`);
    if (startOk && leaveOk && r.startDate !== null && r.leavingDate !== null && r.leavingDate < r.startDate) {
      fault(fatal, 'leavingDate', `Leaves on ${r.leavingDate}, before starting on ${r.startDate}`);
    }

    if (r.fte !== null && !(typeof r.fte === 'number' && Number.isFinite(r.fte) && r.fte > 0 && r.fte <= MAX_FTE)) {
      fault(fatal, 'fte', `An FTE of ${String(r.fte)} is outside 0 (not included) to ${MAX_FTE}`);
    }

    let band: PayBand | null = null;
    const bandText = r.payBand?.trim() ?? '';
    if (bandText !== '') {
      const parsed = parsePayBand(bandText);
      if (parsed.ok) band = parsed.band;
      else fault(soft, 'payBand', `${parsed.message}; counted with pay band unknown`);
    }

    let successors = r.successors;
    if (!(Number.isInteger(successors) && successors >= 0)) {
      fault(soft, 'successors', `${String(successors)} is not a count of successors; counted as none`);
      successors = 0;
    }

    problems.push(...fatal, ...soft);
    if (id !== '' && !seen.has(id)) seen.add(id);
    if (fatal.length > 0) continue;
    staff.push({ ...r, id, successors, band, isVsm: VSM.test(bandText) });
  }
  return { staff, problems };
}
