import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { todayIso } from '../../kernel/ids.js';

export interface StaffFilter {
  unitIds?: string[];
  search?: string;
}

function filtered(db: Db, organisationId: string, filter: StaffFilter) {
  let q = db.selectFrom('people as p').innerJoin('org_units as u', 'u.id', 'p.unit_id').where('p.organisation_id', '=', organisationId);
  if (filter.unitIds) q = q.where('p.unit_id', 'in', filter.unitIds.length ? filter.unitIds : ['']);
  if (filter.search) {
    const like = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['p.full_name']), 'like', like),
        eb(eb.fn('lower', ['p.assignment_number']), 'like', like),
        eb(eb.fn('lower', ['p.job_role']), 'like', like),
      ]),
    );
  }
  return q;
}

export async function listPeople(db: Db, organisationId: string, filter: StaffFilter, limit: number, offset: number) {
  const [rows, total] = await Promise.all([
    filtered(db, organisationId, filter)
      .select([
        'p.id',
        'p.assignment_number',
        'p.full_name',
        'p.work_email',
        'p.pay_band',
        'p.staff_group',
        'p.job_role',
        'p.is_leader',
        'p.unit_id',
        'u.name as unit_name',
      ])
      .orderBy('p.full_name')
      .orderBy('p.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered(db, organisationId, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export const findPerson = (db: Db, organisationId: string, id: string) =>
  db.selectFrom('people').select(['id', 'full_name']).where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();

/** Still in post today: no leaving date, or one still to come. Leavers stay on record for the workforce analysis. */
export const inPost = (eb: ExpressionBuilder<Database, 'people'>) => eb.or([eb('leaving_date', 'is', null), eb('leaving_date', '>', todayIso())]);

/** Everyone on record, leavers included (an import counts the rows it created). */
export async function countPeople(db: Db, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Staff in post today, for the organisation's home page. */
export async function countInPost(db: Db, organisationId: string): Promise<number> {
  const row = await db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).where('organisation_id', '=', organisationId).where(inPost).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How much of the staff record the workforce analysis can use: people in post, and those with a start date (an ESR extract rather than a bare list). */
export async function staffRecordCoverage(db: Db, organisationId: string): Promise<{ inPost: number; withStartDate: number }> {
  const row = await db
    .selectFrom('people')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('start_date').as('dated')])
    .where('organisation_id', '=', organisationId)
    .where(inPost)
    .executeTakeFirstOrThrow();
  return { inPost: Number(row.n), withStartDate: Number(row.dated) };
}

/** Everyone who could be invited to a survey, with the staff-record fields a survey freezes. */
export const audienceCandidates = (db: Db, organisationId: string) =>
  db
    .selectFrom('people')
    .select(['id', 'unit_id', 'work_email', 'pay_band', 'staff_group'])
    .where('organisation_id', '=', organisationId)
    .where(inPost)
    .orderBy('id')
    .execute();

/** How many people hold each value of a staff-record field, for choosing a survey audience. */
export const fieldCounts = (db: Db, organisationId: string, field: 'pay_band' | 'staff_group') =>
  db
    .selectFrom('people')
    .select([`${field} as value`, (eb) => eb.fn.countAll<number>().as('n')])
    .where('organisation_id', '=', organisationId)
    .where(field, 'is not', null)
    .where(inPost)
    .groupBy(field)
    .execute();

/** Everyone's full name, for redacting names from survey comments. */
export const staffNames = async (db: Db, organisationId: string): Promise<string[]> =>
  (await db.selectFrom('people').select('full_name').where('organisation_id', '=', organisationId).execute()).map((r) => r.full_name);
