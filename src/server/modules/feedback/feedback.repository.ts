// SQL for 360 feedback. Responses and markers are written without reference to any rater.
import type { Db } from '../../db/database.js';
import type { FeedbackRatersTable, FeedbackRequestsTable, FeedbackResponsesTable } from './feedback.table.js';

export async function insertRequest(db: Db, row: FeedbackRequestsTable): Promise<void> {
  await db.insertInto('feedback_requests').values(row).execute();
}

export async function insertRaters(db: Db, rows: readonly FeedbackRatersTable[]): Promise<void> {
  if (rows.length) await db.insertInto('feedback_raters').values([...rows]).execute();
}

export const findRequest = (db: Db, organisationId: string, id: string) =>
  db.selectFrom('feedback_requests').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();

export const findRequestById = (db: Db, id: string) => db.selectFrom('feedback_requests').selectAll().where('id', '=', id).executeTakeFirst();

export const requestsOfSubject = (db: Db, organisationId: string, userId: string) =>
  db.selectFrom('feedback_requests').selectAll().where('organisation_id', '=', organisationId).where('subject_user_id', '=', userId).orderBy('created_at', 'desc').execute();

export const requestsSharedWith = (db: Db, organisationId: string, userId: string) =>
  db
    .selectFrom('feedback_requests as r')
    .innerJoin('feedback_shares as s', 's.request_id', 'r.id')
    .selectAll('r')
    .where('r.organisation_id', '=', organisationId)
    .where('s.user_id', '=', userId)
    .orderBy('r.created_at', 'desc')
    .execute();

export const isSharedWith = async (db: Db, requestId: string, userId: string) =>
  (await db.selectFrom('feedback_shares').select('user_id').where('request_id', '=', requestId).where('user_id', '=', userId).executeTakeFirst()) !== undefined;

export const ratersOf = (db: Db, organisationId: string, requestId: string) =>
  db.selectFrom('feedback_raters').selectAll().where('organisation_id', '=', organisationId).where('request_id', '=', requestId).orderBy('email').execute();

export const findRaterByTokenHash = (db: Db, tokenHash: string) => db.selectFrom('feedback_raters').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export async function spendMarker(db: Db, organisationId: string, requestId: string, marker: string): Promise<boolean> {
  const res = await db
    .insertInto('feedback_spent_markers')
    .values({ organisation_id: organisationId, request_id: requestId, marker })
    .onConflict((oc) => oc.columns(['request_id', 'marker']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export const isSpent = async (db: Db, requestId: string, marker: string) =>
  (await db.selectFrom('feedback_spent_markers').select('marker').where('request_id', '=', requestId).where('marker', '=', marker).executeTakeFirst()) !== undefined;

export async function insertResponse(db: Db, row: FeedbackResponsesTable): Promise<void> {
  await db.insertInto('feedback_responses').values(row).execute();
}

export const responsesOf = (db: Db, organisationId: string, requestId: string) =>
  db.selectFrom('feedback_responses').select(['rater_group', 'answers']).where('organisation_id', '=', organisationId).where('request_id', '=', requestId).execute();

export async function closeRequest(db: Db, organisationId: string, id: string, at: string): Promise<void> {
  await db.updateTable('feedback_requests').set({ status: 'closed', closed_at: at }).where('organisation_id', '=', organisationId).where('id', '=', id).execute();
  await db.deleteFrom('feedback_spent_markers').where('organisation_id', '=', organisationId).where('request_id', '=', id).execute();
}

export const sharesOf = (db: Db, organisationId: string, requestId: string) =>
  db
    .selectFrom('feedback_shares as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.display_name', 'u.email'])
    .where('s.organisation_id', '=', organisationId)
    .where('s.request_id', '=', requestId)
    .orderBy('u.display_name')
    .execute();

export async function addShare(db: Db, organisationId: string, requestId: string, userId: string, at: string): Promise<void> {
  await db
    .insertInto('feedback_shares')
    .values({ organisation_id: organisationId, request_id: requestId, user_id: userId, created_at: at })
    .onConflict((oc) => oc.columns(['request_id', 'user_id']).doNothing())
    .execute();
}

export async function removeShare(db: Db, organisationId: string, requestId: string, userId: string): Promise<void> {
  await db.deleteFrom('feedback_shares').where('organisation_id', '=', organisationId).where('request_id', '=', requestId).where('user_id', '=', userId).execute();
}

/** A member of the organisation with this email, for sharing. */
export const memberByEmail = (db: Db, organisationId: string, email: string) =>
  db
    .selectFrom('users as u')
    .innerJoin('memberships as m', 'm.user_id', 'u.id')
    .select(['u.id', 'u.display_name'])
    .where('m.organisation_id', '=', organisationId)
    .where((eb) => eb(eb.fn('lower', ['u.email']), '=', email.toLowerCase()))
    .executeTakeFirst();

export const userName = (db: Db, userId: string) => db.selectFrom('users').select(['display_name', 'email']).where('id', '=', userId).executeTakeFirst();
