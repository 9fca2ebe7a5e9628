// SQL for surveys, their frozen audience and invitations. Responses have their own repository.
import { insertInBatches } from '../../db/batches.js';
import type { Db } from '../../db/database.js';
import type { SurveyInvitationsTable, SurveysTable, SurveyUnitsTable } from './surveys.table.js';


export const listSurveys = (db: Db, organisationId: string) =>
  db.selectFrom('surveys').selectAll().where('organisation_id', '=', organisationId).orderBy('created_at', 'desc').execute();

export const findSurvey = (db: Db, organisationId: string, id: string) =>
  db.selectFrom('surveys').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();

/** Every column but the (large) frozen definition, for the respondent's path; see frozen-definitions.ts. */
const RESPONDING_COLUMNS = [
  'id', 'organisation_id', 'title', 'status', 'opens_on', 'closes_on', 'anonymity_threshold', 'languages', 'open_link_enabled', 'paper_enabled', 'launched_at',
] as const;
export type RespondingSurvey = Pick<SurveysTable, (typeof RESPONDING_COLUMNS)[number]>;

export const findSurveyForResponding = (db: Db, organisationId: string, id: string): Promise<RespondingSurvey | undefined> =>
  db.selectFrom('surveys').select(RESPONDING_COLUMNS).where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();

export const findSurveyByOpenCode = (db: Db, code: string): Promise<RespondingSurvey | undefined> =>
  db.selectFrom('surveys').select(RESPONDING_COLUMNS).where('open_link_code', '=', code).executeTakeFirst();

export const surveyDefinition = async (db: Db, organisationId: string, id: string) =>
  (await db.selectFrom('surveys').select('definition').where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst())?.definition ?? null;

export async function insertSurvey(db: Db, row: SurveysTable): Promise<void> {
  await db.insertInto('surveys').values(row).execute();
}

/** Updates a survey only if it is still at the version the caller read; returns whether it did. */
export async function updateSurvey(db: Db, organisationId: string, id: string, version: number, changes: Partial<SurveysTable>): Promise<boolean> {
  const res = await db
    .updateTable('surveys')
    .set({ ...changes, version: version + 1 })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const insertSurveyUnits = (db: Db, rows: readonly SurveyUnitsTable[]) =>
  insertInBatches(rows, (batch) => db.insertInto('survey_units').values(batch).execute());

export const surveyUnits = (db: Db, organisationId: string, surveyId: string) =>
  db.selectFrom('survey_units').selectAll().where('organisation_id', '=', organisationId).where('survey_id', '=', surveyId).orderBy('name').execute();

export const insertInvitations = (db: Db, rows: readonly SurveyInvitationsTable[]) =>
  insertInBatches(rows, (batch) => db.insertInto('survey_invitations').values(batch).execute());

export const findInvitationByTokenHash = (db: Db, tokenHash: string) =>
  db.selectFrom('survey_invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export const invitationsOf = (db: Db, organisationId: string, surveyId: string) =>
  db
    .selectFrom('survey_invitations')
    .select(['id', 'email'])
    .where('organisation_id', '=', organisationId)
    .where('survey_id', '=', surveyId)
    .orderBy('id')
    .execute();

/** The pay bands and staff groups of a survey's frozen audience (not of who answered). */
export const audienceProfiles = (db: Db, organisationId: string, surveyId: string) =>
  db.selectFrom('survey_invitations').select(['pay_band', 'staff_group']).distinct().where('organisation_id', '=', organisationId).where('survey_id', '=', surveyId).execute();

export async function markInvitationsSent(db: Db, organisationId: string, surveyId: string, on: string): Promise<void> {
  await db
    .updateTable('survey_invitations')
    .set({ sent_on: on })
    .where('organisation_id', '=', organisationId)
    .where('survey_id', '=', surveyId)
    .where('sent_on', 'is', null)
    .where('email', 'is not', null)
    .execute();
}
