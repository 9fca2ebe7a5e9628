// Staff for route tests: n people in one unit, named and emailed "<prefix>.<i>" so a test can
// tell from an invitation's recipient which unit the person is in.
import type { Db } from '../db/database.js';
import { newId, nowIso } from '../kernel/ids.js';

export interface StaffOptions {
  band?: string;
  /** A real-looking name for some people, by position; the rest are "Person <prefix> <i>". */
  names?: Record<number, string>;
}

export async function addStaff(db: Db, organisationId: string, unitId: string, prefix: string, n: number, options: StaffOptions = {}): Promise<void> {
  const at = nowIso();
  const rows = Array.from({ length: n }, (_, i) => ({
    id: newId(),
    organisation_id: organisationId,
    unit_id: unitId,
    assignment_number: `${prefix}-${i}`,
    full_name: options.names?.[i] ?? `Person ${prefix} ${i}`,
    work_email: `${prefix}.${i}@example.nhs.uk`,
    pay_band: options.band ?? 'Band 5',
    staff_group: 'Nursing',
    job_role: 'Nurse',
    is_leader: 0,
    ethnicity: null,
    sex: null,
    disability: null,
    age_band: null,
    created_at: at,
    updated_at: at,
  }));
  if (rows.length) await db.insertInto('people').values(rows).execute();
}
