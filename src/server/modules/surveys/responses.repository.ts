// SQL for the response store and the single-use markers. Nothing here reads or writes
// invitations: a response and an invitation are never touched by the same statement.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { SurveyResponsesTable } from './surveys.table.js';

/** Records a marker; false if it was already there (a second submission). */
export async function spendMarker(db: Db, organisationId: string, surveyId: string, marker: string): Promise<boolean> {
  const res = await db
    .insertInto('survey_spent_markers')
    .values({ organisation_id: organisationId, survey_id: surveyId, marker })
    .onConflict((oc) => oc.columns(['survey_id', 'marker']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export const spentMarkers = async (db: Db, organisationId: string, surveyId: string): Promise<Set<string>> =>
  new Set(
    (
      await db.selectFrom('survey_spent_markers').select('marker').where('organisation_id', '=', organisationId).where('survey_id', '=', surveyId).execute()
    ).map((r) => r.marker),
  );

export async function deleteSpentMarkers(db: Db, organisationId: string, surveyId: string): Promise<void> {
  await db.deleteFrom('survey_spent_markers').where('organisation_id', '=', organisationId).where('survey_id', '=', surveyId).execute();
}

export async function insertResponse(db: Db, row: SurveyResponsesTable): Promise<void> {
  await db.insertInto('survey_responses').values(row).execute();
}

export const responseCountsByUnit = (db: Db, organisationId: string, surveyId: string) =>
  db
    .selectFrom('survey_responses')
    .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organisation_id', '=', organisationId)
    .where('survey_id', '=', surveyId)
    .groupBy('unit_id')
    .execute();

/**
 * PostgreSQL keeps rows in the order they were written. At close, rewrite the survey's
 * responses in the order of their random ids, so the table's physical order and row
 * versions no longer follow arrival order. (SQLite stores this table by id already.)
 */
export async function reorderResponsesById(db: Db, organisationId: string, surveyId: string): Promise<void> {
  await sql`CREATE TEMPORARY TABLE survey_responses_reorder ON COMMIT DROP AS
    SELECT * FROM survey_responses WHERE organisation_id = ${organisationId} AND survey_id = ${surveyId}`.execute(db);
  await db.deleteFrom('survey_responses').where('organisation_id', '=', organisationId).where('survey_id', '=', surveyId).execute();
  await sql`INSERT INTO survey_responses SELECT * FROM survey_responses_reorder ORDER BY id`.execute(db);
}

export async function isSpent(db: Db, organisationId: string, surveyId: string, marker: string): Promise<boolean> {
  const row = await db
    .selectFrom('survey_spent_markers')
    .select('marker')
    .where('organisation_id', '=', organisationId)
    .where('survey_id', '=', surveyId)
    .where('marker', '=', marker)
    .executeTakeFirst();
  return row !== undefined;
}

/** Every response of a survey for analysis: its filing unit, answers and profile, and nothing else. */
export const responsesForAnalysis = (db: Db, organisationId: string, surveyId: string) =>
  db.selectFrom('survey_responses').select(['id', 'unit_id', 'answers', 'profile']).where('organisation_id', '=', organisationId).where('survey_id', '=', surveyId).orderBy('id').execute();

export async function insertResponses(db: Db, rows: readonly SurveyResponsesTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('survey_responses').values(rows.slice(i, i + 200)).execute();
}
