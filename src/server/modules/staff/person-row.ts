// One mapping from a staff record to its stored row, shared by every writer of staff
// (imports and the demo), so a new column is added in one place.
import { newId } from '../../kernel/ids.js';
import type { PersonRecord } from '../../../core/organisation/person.js';
import type { PeopleTable } from './staff.table.js';

export function personRow(organisationId: string, unitId: string, p: PersonRecord, at: string): PeopleTable {
  return {
    id: newId(),
    organisation_id: organisationId,
    unit_id: unitId,
    assignment_number: p.assignmentNumber,
    full_name: p.fullName,
    work_email: p.workEmail,
    pay_band: p.payBand,
    staff_group: p.staffGroup,
    job_role: p.jobRole,
    is_leader: p.isLeader ? 1 : 0,
    ethnicity: p.ethnicity,
    sex: p.sex,
    disability: p.disability,
    age_band: p.ageBand,
    start_date: p.startDate,
    leaving_date: p.leavingDate,
    leaving_reason: p.leavingReason,
    fte: p.fte,
    line_manager: p.lineManager,
    key_role: p.keyRole ? 1 : 0,
    successors: p.successors,
    created_at: at,
    updated_at: at,
  };
}
