import { descendantsOf } from '../../../core/organisation/unit-tree.js';
import { csvRow } from '../../../core/tabular/csv-write.js';
import type { Db } from '../../db/database.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { recordAudit } from '../audit/index.js';
import { listUnits } from '../units/index.js';
import * as repo from './staff.repository.js';
import type { PersonView } from './staff.schemas.js';

export interface StaffQuery {
  unitId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** A page of the staff list; filtering by unit includes everyone in the units below it. */
export async function listStaff(db: Db, organisationId: string, query: StaffQuery) {
  let unitIds: string[] | undefined;
  if (query.unitId) {
    const units = await listUnits(db, organisationId);
    unitIds = units.some((u) => u.id === query.unitId) ? [query.unitId, ...descendantsOf(units, query.unitId)] : [];
  }
  const { rows, total } = await repo.listPeople(
    db,
    organisationId,
    { ...(unitIds ? { unitIds } : {}), ...(query.q ? { search: query.q } : {}) },
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  const items: PersonView[] = rows.map((r) => ({
    id: r.id,
    assignmentNumber: r.assignment_number,
    fullName: r.full_name,
    workEmail: r.work_email,
    payBand: r.pay_band,
    staffGroup: r.staff_group,
    jobRole: r.job_role,
    isLeader: r.is_leader === 1,
    unitId: r.unit_id,
    unitName: r.unit_name,
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

const EXPORT_HEADER = ['assignment_number', 'full_name', 'work_email', 'pay_band', 'staff_group', 'job_role', 'leader', 'unit'];

/** The whole (filtered) staff list as CSV. Protected characteristics are never exported here. */
export async function exportStaffCsv(db: Db, actor: OrgContext, filter: { unitId?: string; q?: string }): Promise<string> {
  const parts = [csvRow(EXPORT_HEADER)];
  let total = 0;
  for (let page = 1; ; page++) {
    const batch = await listStaff(db, actor.organisationId, { ...filter, page, pageSize: 5000 });
    for (const p of batch.items) {
      parts.push(csvRow([p.assignmentNumber, p.fullName, p.workEmail, p.payBand, p.staffGroup, p.jobRole, p.isLeader ? 'Y' : 'N', p.unitName]));
    }
    total = batch.total;
    if (page * 5000 >= batch.total) break;
  }
  await recordAudit(db, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    actorLabel: actor.actorLabel,
    action: 'export.created',
    targetType: 'staff',
    detail: { rows: total, filter },
  });
  return `\uFEFF${parts.join('')}`;
}

export interface Facet {
  value: string;
  count: number;
}

const byValue = (a: Facet, b: Facet) => a.value.localeCompare(b.value, 'en', { numeric: true });

/** The pay bands and staff groups on the staff list, with how many people hold each. */
export async function staffFacets(db: Db, organisationId: string): Promise<{ payBands: Facet[]; staffGroups: Facet[] }> {
  const [bands, groups] = await Promise.all([repo.fieldCounts(db, organisationId, 'pay_band'), repo.fieldCounts(db, organisationId, 'staff_group')]);
  const facets = (rows: { value: string | null; n: number }[]) => rows.map((r) => ({ value: r.value ?? '', count: Number(r.n) })).sort(byValue);
  return { payBands: facets(bands), staffGroups: facets(groups) };
}
