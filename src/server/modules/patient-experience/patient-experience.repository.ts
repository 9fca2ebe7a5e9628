// SQL for Friends and Family Test results, complaints and compliments, and their theme codes.
// Every query is scoped by organisation.
import type { Db } from '../../db/database.js';
import { insertInBatches } from '../../db/batches.js';
import type { FftResultsTable, PatientFeedbackTable } from './patient-experience.table.js';

export const ORGANISATION_KEY = 'organisation';

/** Every FFT row of the organisation, oldest first within each unit. */
export const allFft = (db: Db, organisationId: string) =>
  db
    .selectFrom('fft_results')
    .select(['unit_key', 'unit_id', 'period', 'period_index', 'very_good', 'good', 'neither', 'poor', 'very_poor', 'dont_know'])
    .where('organisation_id', '=', organisationId)
    .orderBy('unit_key')
    .orderBy('period_index')
    .execute();

/** Writes FFT rows, replacing any stored for the same unit and month. */
export async function upsertFft(db: Db, rows: readonly FftResultsTable[]): Promise<void> {
  await insertInBatches(rows, (batch) =>
    db
      .insertInto('fft_results')
      .values(batch)
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'unit_key', 'period']).doUpdateSet((eb) => ({
          very_good: eb.ref('excluded.very_good'),
          good: eb.ref('excluded.good'),
          neither: eb.ref('excluded.neither'),
          poor: eb.ref('excluded.poor'),
          very_poor: eb.ref('excluded.very_poor'),
          dont_know: eb.ref('excluded.dont_know'),
          period_index: eb.ref('excluded.period_index'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute(),
  );
}

/** Every complaint and compliment of the organisation, newest first (ties by id, so the order is stable). */
export const allFeedback = (db: Db, organisationId: string) =>
  db
    .selectFrom('patient_feedback')
    .select(['id', 'unit_id', 'received_on', 'kind', 'category', 'text'])
    .where('organisation_id', '=', organisationId)
    .orderBy('received_on', 'desc')
    .orderBy('id')
    .execute();

export const findFeedback = (db: Db, organisationId: string, id: string) =>
  db.selectFrom('patient_feedback').select(['id', 'kind']).where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();

export async function insertFeedback(db: Db, rows: readonly PatientFeedbackTable[]): Promise<void> {
  await insertInBatches(rows, (batch) => db.insertInto('patient_feedback').values(batch).execute());
}

export const allCodes = (db: Db, organisationId: string) =>
  db.selectFrom('patient_feedback_codes').select(['feedback_id', 'theme']).where('organisation_id', '=', organisationId).orderBy('feedback_id').orderBy('theme').execute();

export async function insertCodes(db: Db, rows: readonly { organisation_id: string; feedback_id: string; theme: string }[]): Promise<void> {
  await insertInBatches(rows, (batch) => db.insertInto('patient_feedback_codes').values(batch).execute());
}

export async function replaceCodes(db: Db, organisationId: string, feedbackId: string, themes: readonly string[]): Promise<void> {
  await db.deleteFrom('patient_feedback_codes').where('organisation_id', '=', organisationId).where('feedback_id', '=', feedbackId).execute();
  if (themes.length) await insertCodes(db, themes.map((theme) => ({ organisation_id: organisationId, feedback_id: feedbackId, theme })));
}
