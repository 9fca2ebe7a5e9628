// Writes a validated plan inside the caller's transaction: units level by level (parents
// before children), then people, in batches, yielding to the event loop between batches.
// Statements stay far below both engines' bind-parameter limits (SQLite 32,766; PostgreSQL 65,535).
import { countPeople, personRow } from '../staff/index.js';
import type { ImportPlan, PlannedUnit } from '../../../core/imports/types.js';
import type { Db } from '../../db/database.js';
import { newId, nowIso } from '../../kernel/ids.js';
import type { PeopleTable } from '../staff/staff.table.js';
import type { OrgUnitsTable } from '../units/units.table.js';
import * as repo from './imports.repository.js';

export const MAX_BATCH_ROWS = 500;
/** The lower of the two engines' limits, so one batch size is safe on both. */
export const MAX_BIND_PARAMETERS = 32_766;

/** Rows per INSERT for a table with this many columns. */
export const rowsPerStatement = (columns: number): number => Math.max(1, Math.min(MAX_BATCH_ROWS, Math.floor(MAX_BIND_PARAMETERS / columns)));

export interface WriteHooks {
  /** Called after each batch (1-based, units and people counted together). Throwing aborts the write. */
  onBatch?: (batch: number) => void | Promise<void>;
  /** Called after each batch with the share of the work done, as rows of the file. */
  onProgress?: (processedRows: number) => void;
}

export interface WriteCounts {
  unitsCreated: number;
  unitsUpdated: number;
  peopleCreated: number;
  peopleUpdated: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Columns in a people row (personRow), for sizing multi-row statements. */
const PEOPLE_COLUMNS = 23;

const STAFF_COLUMNS = {
  workEmail: 'work_email',
  payBand: 'pay_band',
  staffGroup: 'staff_group',
  jobRole: 'job_role',
  isLeader: 'is_leader',
  ethnicity: 'ethnicity',
  sex: 'sex',
  disability: 'disability',
  ageBand: 'age_band',
  startDate: 'start_date',
  leavingDate: 'leaving_date',
  leavingReason: 'leaving_reason',
  fte: 'fte',
  lineManager: 'line_manager',
  keyRole: 'key_role',
  successors: 'successors',
} as const;

export async function writePlan(
  trx: Db,
  organisationId: string,
  plan: ImportPlan,
  stored: readonly repo.StoredUnit[],
  hooks: WriteHooks = {},
): Promise<WriteCounts> {
  const at = nowIso();
  const idOfCode = new Map(stored.map((u) => [u.external_code, u.id]));
  const unitsCreated = plan.units.filter((u) => !idOfCode.has(u.code)).length;
  let batch = 0;
  const people = plan.kind === 'staff' ? plan.people : [];
  const totalWork = plan.units.length + people.length;
  let done = 0;
  const afterBatch = async (rows: number) => {
    done += rows;
    hooks.onProgress?.(totalWork ? Math.round((done / totalWork) * plan.totalRows) : plan.totalRows);
    await hooks.onBatch?.(++batch);
    await yieldToEventLoop();
  };

  // Units: one level at a time, so every parent exists before its children reference it.
  const unitRow = (u: PlannedUnit): OrgUnitsTable => {
    const id = idOfCode.get(u.code) ?? newId();
    idOfCode.set(u.code, id);
    const parentId = u.parentCode === null ? null : idOfCode.get(u.parentCode);
    if (parentId === undefined) throw new Error(`import plan is inconsistent: parent ${u.parentCode} of ${u.code} has no id`);
    return { id, organisation_id: organisationId, parent_id: parentId, external_code: u.code, name: u.name, kind: u.kind, created_at: at, updated_at: at };
  };
  const depths = [...new Set(plan.units.map((u) => u.depth))].sort((a, b) => a - b);
  const unitBatch = rowsPerStatement(8);
  for (const depth of depths) {
    const level = plan.units.filter((u) => u.depth === depth);
    for (const kindGiven of [true, false]) {
      for (const part of chunks(level.filter((u) => u.kindGiven === kindGiven), unitBatch)) {
        await repo.upsertUnits(trx, part.map(unitRow), kindGiven);
        await afterBatch(part.length);
      }
    }
  }

  let peopleCreated = 0;
  if (plan.kind === 'staff' && people.length) {
    const before = await countPeople(trx, organisationId);
    const update: repo.UpdatablePersonColumn[] = ['unit_id', 'full_name', ...plan.staffFields.map((f) => STAFF_COLUMNS[f]), 'updated_at'];
    for (const part of chunks(people, rowsPerStatement(PEOPLE_COLUMNS))) {
      const rows: PeopleTable[] = part.map((p) => {
        const unitId = idOfCode.get(p.unitCode);
        if (!unitId) throw new Error(`import plan is inconsistent: unit ${p.unitCode} (row ${p.row}) has no id`);
        return personRow(organisationId, unitId, p, at);
      });
      await repo.upsertPeople(trx, rows, update);
      await afterBatch(part.length);
    }
    peopleCreated = (await countPeople(trx, organisationId)) - before;
  }
  return {
    unitsCreated,
    unitsUpdated: plan.units.length - unitsCreated,
    peopleCreated,
    peopleUpdated: people.length - peopleCreated,
  };
}
