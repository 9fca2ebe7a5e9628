// SQL for the themes coded on survey comments.
import type { Db } from '../../db/database.js';

export const codesOfSurvey = (db: Db, organisationId: string, surveyId: string) =>
  db.selectFrom('comment_codes').select(['comment_key', 'theme']).where('organisation_id', '=', organisationId).where('survey_id', '=', surveyId).execute();

export async function replaceCodes(db: Db, organisationId: string, surveyId: string, key: string, themes: readonly string[], at: string): Promise<void> {
  await db.deleteFrom('comment_codes').where('organisation_id', '=', organisationId).where('survey_id', '=', surveyId).where('comment_key', '=', key).execute();
  if (themes.length) {
    await db
      .insertInto('comment_codes')
      .values(themes.map((theme) => ({ organisation_id: organisationId, survey_id: surveyId, comment_key: key, theme, coded_at: at })))
      .execute();
  }
}

/** Per survey, how many theme codes it has and when it was last coded: enough to tell whether a model trained on them is stale. */
export const codingState = (db: Db, organisationId: string) =>
  db
    .selectFrom('comment_codes')
    .select(['survey_id', (eb) => eb.fn.countAll<number>().as('codes'), (eb) => eb.fn.max('coded_at').as('last')])
    .where('organisation_id', '=', organisationId)
    .groupBy('survey_id')
    .orderBy('survey_id')
    .execute();
