// Service-level import tests against a real, migrated database (SQLite in memory, or
// PostgreSQL when DATABASE_URL is set), through the test harness.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaffCsv } from '../../../core/imports/synthetic-staff.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { getImport, startImport, type ImportActor, type ImportOptions, type ImportProgress } from './index.js';
import { rowsPerStatement } from './imports.writer.js';

let ctx: TestContext;
let db: Db;
beforeAll(async () => {
  ctx = await createTestContext();
  db = ctx.handle.db;
});
afterAll(() => ctx.close());

async function newActor(): Promise<ImportActor> {
  return { organisationId: await ctx.organisation(), userId: null, actorLabel: 'test runner' };
}

async function run(actor: ImportActor, kind: 'units' | 'staff', text: string | Buffer, options: ImportOptions = {}) {
  const started = await startImport(db, actor, kind, `${kind}.csv`, Buffer.isBuffer(text) ? text : Buffer.from(text), options);
  return started.finished;
}

/** Every unit and person of the organisation, for proving nothing changed. */
async function snapshot(organisationId: string) {
  const [units, people] = await Promise.all([
    db.selectFrom('org_units').selectAll().where('organisation_id', '=', organisationId).orderBy('id').execute(),
    db.selectFrom('people').selectAll().where('organisation_id', '=', organisationId).orderBy('id').execute(),
  ]);
  return { units, people };
}

async function auditActions(organisationId: string): Promise<string[]> {
  const rows = await db.selectFrom('audit_events').select(['action']).where('organisation_id', '=', organisationId).orderBy('created_at').execute();
  return rows.map((r) => r.action);
}

const UNITS = `Unit Code,Unit Name,Parent Code,Unit Type
MED,Medicine,,division
AM,Acute Medicine,MED,directorate
W12,Ward 12,AM,ward
SUR,Surgery,,
`;

const STAFF = `Assignment Number,Full Name,Work Email,Pay Band,Staff Group,Job Role,Leader,Unit Code
10000001,Ada Lovelace,ada.lovelace@nhs.net,Band 7,Nursing and Midwifery Registered,Ward Sister,Y,W12
10000002,Mary Seacole,mary.seacole@nhs.net,Band 5,Nursing and Midwifery Registered,Staff Nurse,N,W12
10000003,Alan Turing,alan.turing@nhs.net,Consultant,Medical and Dental,Consultant Physician,yes,AM
`;

describe('importing units', () => {
  it('creates units with parents, then updates them on re-import without duplicating', async () => {
    const actor = await newActor();
    const first = await run(actor, 'units', UNITS);
    expect(first).toMatchObject({ status: 'succeeded', totalRows: 4, processedRows: 4, created: 4, updated: 0, errorCount: 0, errors: [] });
    expect(first.message).toBe('Imported 4 units: 4 new, 0 updated.');
    const units = await db.selectFrom('org_units').selectAll().where('organisation_id', '=', actor.organisationId).execute();
    const byCode = new Map(units.map((u) => [u.external_code, u]));
    expect(byCode.get('W12')).toMatchObject({ name: 'Ward 12', kind: 'ward', parent_id: byCode.get('AM')?.id });
    expect(byCode.get('SUR')).toMatchObject({ kind: 'division', parent_id: null });

    const again = await run(actor, 'units', UNITS.replace('Ward 12', 'Ward Twelve').replace('SUR,Surgery,,', 'SUR,Surgery,MED,'));
    expect(again).toMatchObject({ status: 'succeeded', created: 0, updated: 4 });
    const after = await db.selectFrom('org_units').selectAll().where('organisation_id', '=', actor.organisationId).execute();
    expect(after).toHaveLength(4);
    const w12 = after.find((u) => u.external_code === 'W12');
    expect(w12).toMatchObject({ id: byCode.get('W12')?.id, name: 'Ward Twelve' });
    expect(after.find((u) => u.external_code === 'SUR')?.parent_id).toBe(byCode.get('MED')?.id);
    expect(await auditActions(actor.organisationId)).toEqual(['import.succeeded', 'import.succeeded']);
  });

  it('keeps a kind set on screen when the file gives none, and derives stable codes from paths', async () => {
    const actor = await newActor();
    await run(actor, 'units', 'Unit Path\nMedicine > Acute Medicine\n');
    await db.updateTable('org_units').set({ kind: 'site' }).where('organisation_id', '=', actor.organisationId).where('name', '=', 'Medicine').execute();
    const again = await run(actor, 'units', 'Unit Path\nMedicine > Acute Medicine\nMedicine > Cardiology\n');
    expect(again).toMatchObject({ status: 'succeeded', created: 1, updated: 2 });
    const units = await db.selectFrom('org_units').select(['external_code', 'name', 'kind']).where('organisation_id', '=', actor.organisationId).orderBy('name').execute();
    expect(units).toEqual([
      { external_code: 'P-f3c24bb2b2', name: 'Acute Medicine', kind: 'directorate' },
      { external_code: 'P-305e38038e', name: 'Cardiology', kind: 'directorate' },
      { external_code: 'P-a82ce870f9', name: 'Medicine', kind: 'site' },
    ]);
  });

  it('does not find a parent code that belongs to another organisation', async () => {
    const other = await newActor();
    await run(other, 'units', 'Unit Code,Unit Name,Parent Code\nTHEIRS,Their Unit,\n');
    const mine = await newActor();
    const result = await run(mine, 'units', 'Unit Code,Unit Name,Parent Code\nMINE,My Unit,THEIRS\n');
    expect(result.status).toBe('failed');
    expect(result.errors).toEqual([{ row: 2, column: 'Parent Code', message: 'No unit has the code THEIRS, in this file or already in Cultivate' }]);
  });
});

describe('importing staff', () => {
  it('creates people, then updates them on re-import, leaving columns the file lacks alone', async () => {
    const actor = await newActor();
    await run(actor, 'units', UNITS);
    const first = await run(actor, 'staff', STAFF.replace('Unit Code', 'Unit Code,Ethnicity').replaceAll(/,(W12|AM)\n/g, ',$1,Not stated\n'));
    expect(first).toMatchObject({ status: 'succeeded', totalRows: 3, processedRows: 3, created: 3, updated: 0 });
    expect(first.message).toBe('Imported 3 staff records: 3 new, 0 updated.');

    const second = await run(actor, 'staff', STAFF.replace('Ada Lovelace', 'Ada King').replace('10000003,Alan Turing,alan.turing@nhs.net', '10000004,Grace Hopper,grace.hopper@nhs.net'));
    expect(second).toMatchObject({ status: 'succeeded', created: 1, updated: 2 });
    const people = await db
      .selectFrom('people')
      .select(['assignment_number', 'full_name', 'pay_band', 'is_leader', 'ethnicity'])
      .where('organisation_id', '=', actor.organisationId)
      .orderBy('assignment_number')
      .execute();
    expect(people).toEqual([
      { assignment_number: '10000001', full_name: 'Ada King', pay_band: 'Band 7', is_leader: 1, ethnicity: 'Not stated' },
      { assignment_number: '10000002', full_name: 'Mary Seacole', pay_band: 'Band 5', is_leader: 0, ethnicity: 'Not stated' },
      { assignment_number: '10000003', full_name: 'Alan Turing', pay_band: 'Consultant', is_leader: 1, ethnicity: 'Not stated' },
      { assignment_number: '10000004', full_name: 'Grace Hopper', pay_band: 'Consultant', is_leader: 1, ethnicity: null },
    ]);
  });

  it('fails a file with one bad row among good ones, listing exactly that problem and writing nothing', async () => {
    const actor = await newActor();
    await run(actor, 'units', UNITS);
    await run(actor, 'staff', STAFF);
    const before = await snapshot(actor.organisationId);
    const bad = `${STAFF.replace('Mary Seacole', 'Mary Jane Seacole')}10000005,Edith Cavell,edith.cavell@nhs.net,Band 5,Nursing and Midwifery Registered,Staff Nurse,N,W99\n10000006,Grace Hopper,grace.hopper@nhs.net,Band 6,Nursing and Midwifery Registered,Staff Nurse,N,W12\n`;
    const result = await run(actor, 'staff', bad);
    expect(result).toMatchObject({ status: 'failed', totalRows: 5, created: 0, updated: 0, errorCount: 1 });
    expect(result.errors).toEqual([{ row: 5, column: 'Unit Code', message: 'No unit has the code W99. Import the units first' }]);
    expect(result.message).toBe('Found 1 problem in the file, so nothing was imported. Fix it and upload the file again.');
    expect(await snapshot(actor.organisationId)).toEqual(before);
    expect(await auditActions(actor.organisationId)).toEqual(['import.succeeded', 'import.succeeded', 'import.failed']);
  });

  it('does not find a unit code that belongs to another organisation', async () => {
    const other = await newActor();
    await run(other, 'units', UNITS);
    const mine = await newActor();
    const result = await run(mine, 'staff', STAFF);
    expect(result.status).toBe('failed');
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'Unit Code', 'No unit has the code W12. Import the units first'],
      [3, 'Unit Code', 'No unit has the code W12. Import the units first'],
      [4, 'Unit Code', 'No unit has the code AM. Import the units first'],
    ]);
    expect(await snapshot(mine.organisationId)).toEqual({ units: [], people: [] });
  });

  it('stores at most 1,000 problems but counts them all', async () => {
    const actor = await newActor();
    const lines = ['Assignment Number,Full Name,Work Email,Unit Path'];
    for (let i = 0; i < 1500; i++) lines.push(`${i},Person ${i},not-an-email-${i},Medicine`);
    const result = await run(actor, 'staff', lines.join('\n'));
    expect(result.status).toBe('failed');
    expect(result.errorCount).toBe(1500);
    expect(result.errors).toHaveLength(1000);
    expect(result.errors[999]).toEqual({ row: 1001, column: 'Work Email', message: '"not-an-email-999" is not a valid email address' });
    expect(result.message).toBe('Found 1,500 problems in the file, so nothing was imported. The first 1,000 are listed. Fix them and upload the file again.');
  });

  it.each([2, 5])('leaves the database exactly as it was when the write crashes after batch %i', async (crashAfter) => {
    const actor = await newActor();
    const csv = makeStaffCsv(1200, 3);
    expect(await run(actor, 'staff', csv)).toMatchObject({ status: 'succeeded', created: 1200 });
    const before = await snapshot(actor.organisationId);
    const batches: number[] = [];
    const changed = makeStaffCsv(1200, 4); // same assignment numbers, different people and units
    const errorsLogged: unknown[] = [];
    const result = await run(actor, 'staff', changed, {
      onBatch: (n) => {
        batches.push(n);
        if (n === crashAfter) throw new Error('simulated crash');
      },
      logError: (error) => errorsLogged.push(error),
    });
    expect(batches).toEqual(Array.from({ length: crashAfter }, (_, i) => i + 1));
    expect(result).toMatchObject({ status: 'failed', created: 0, updated: 0, errorCount: 0 });
    expect(result.message).toMatch(/^The import stopped because of an unexpected error, and nothing was changed/);
    expect(errorsLogged).toHaveLength(1);
    expect(await snapshot(actor.organisationId)).toEqual(before);
    expect(await auditActions(actor.organisationId)).toEqual(['import.succeeded', 'import.failed']);
  });

  it('refuses a second import for the same organisation while one is running', async () => {
    const actor = await newActor();
    const first = await startImport(db, actor, 'staff', 'a.csv', Buffer.from(makeStaffCsv(50, 1)));
    await expect(startImport(db, actor, 'staff', 'b.csv', Buffer.from(makeStaffCsv(50, 1)))).rejects.toMatchObject({ status: 409, code: 'import_in_progress' });
    expect((await first.finished).status).toBe('succeeded');
    const next = await startImport(db, actor, 'staff', 'c.csv', Buffer.from(makeStaffCsv(50, 1)));
    expect((await next.finished).updated).toBe(50);
  });

  it('refuses an unreadable file before recording anything', async () => {
    const actor = await newActor();
    await expect(startImport(db, actor, 'staff', 'x.csv', Buffer.from('Assignment Number,Full Name\n'))).rejects.toBeInstanceOf(AppError);
    const runs = await db.selectFrom('import_runs').selectAll().where('organisation_id', '=', actor.organisationId).execute();
    expect(runs).toEqual([]);
  });

  it('fails a CSV with an unclosed quote with a row-numbered problem', async () => {
    const actor = await newActor();
    const result = await run(actor, 'staff', 'Assignment Number,Full Name,Unit Path\n1,Ada,Medicine\n2,"Alan,Medicine\n');
    expect(result.status).toBe('failed');
    expect(result.errors).toEqual([
      { row: 3, column: 'Full Name', message: 'A value here opens a quote (") that is never closed, so the rest of the file cannot be read. Check for a stray quote mark' },
    ]);
    expect(await getImport(db, actor.organisationId, result.id)).toEqual(result);
  });
});

describe('progress and batching', () => {
  it('reports progress from validating through writing to succeeded, and shows the live state at once', async () => {
    const actor = await newActor();
    const seen: ImportProgress[] = [];
    const started = await startImport(db, actor, 'staff', 'p.csv', Buffer.from(makeStaffCsv(1100, 9)), { onProgress: (p) => seen.push(p) });
    expect(await getImport(db, actor.organisationId, started.id)).toMatchObject({ status: 'validating', totalRows: 1100, processedRows: 0, finishedAt: null });
    const done = await started.finished;
    expect(done).toMatchObject({ status: 'succeeded', processedRows: 1100, created: 1100 });
    expect(seen[0]).toEqual({ status: 'validating', processedRows: 0, totalRows: 1100 });
    expect(seen.at(-1)).toEqual({ status: 'succeeded', processedRows: 1100, totalRows: 1100 });
    const writing = seen.filter((p) => p.status === 'writing').map((p) => p.processedRows);
    expect(writing).toEqual([...writing].sort((a, b) => a - b));
    expect(writing.length).toBeGreaterThanOrEqual(4); // units level by level, then people in batches of 500
  });

  it('keeps every statement under SQLite’s 32,766 bind parameters (and so PostgreSQL’s 65,535)', () => {
    expect(rowsPerStatement(16)).toBe(500);
    expect(rowsPerStatement(8)).toBe(500);
    expect(rowsPerStatement(100)).toBe(327);
    expect(rowsPerStatement(100) * 100).toBeLessThanOrEqual(32_766);
  });
});
