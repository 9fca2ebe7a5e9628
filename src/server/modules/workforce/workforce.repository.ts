// SQL for the leadership workforce analysis: everyone on the staff record (leavers included)
// with the fields the analysis reads, and the organisation's units.
import type { Db } from '../../db/database.js';

export const workforceRecords = (db: Db, organisationId: string) =>
  db
    .selectFrom('people')
    .select(['id', 'assignment_number', 'unit_id', 'pay_band', 'staff_group', 'is_leader', 'line_manager', 'start_date', 'leaving_date', 'leaving_reason', 'fte', 'age_band', 'ethnicity', 'sex', 'disability', 'key_role', 'successors'])
    .where('organisation_id', '=', organisationId)
    .orderBy('assignment_number')
    .execute();

export const workforceUnits = (db: Db, organisationId: string) =>
  db.selectFrom('org_units').select(['id', 'parent_id', 'name']).where('organisation_id', '=', organisationId).orderBy('name').execute();
