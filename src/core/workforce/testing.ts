// Test helper: staff records stated briefly. Every field has a plain default (in post since
// 2015, Band 5, not a leader, full time, White - British, not disabled, aged 41-45), so a test
// names only what its arithmetic turns on.
import type { WorkforceRecord } from './records.js';

export function staffRecord(id: string, unitId: string, fields: Partial<WorkforceRecord> = {}): WorkforceRecord {
  return {
    id,
    unitId,
    payBand: 'Band 5',
    staffGroup: 'Nursing and Midwifery Registered',
    isLeader: false,
    managerId: null,
    startDate: '2015-01-01',
    leavingDate: null,
    leavingReason: null,
    fte: 1,
    ageBand: '41-45',
    ethnicity: 'White - British',
    sex: 'Female',
    disability: 'No',
    keyRole: false,
    successors: 0,
    ...fields,
  };
}

/** `count` records with ids `${prefix}1` … in one unit, each with the same fields. */
export function many(count: number, prefix: string, unitId: string, fields: Partial<WorkforceRecord> = {}): WorkforceRecord[] {
  return Array.from({ length: count }, (_, i) => staffRecord(`${prefix}${i + 1}`, unitId, fields));
}
