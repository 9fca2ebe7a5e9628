// SQL for the record of what each closed survey has published (one history per population).
import type { Db } from '../../db/database.js';

export const releasesOf = (db: Db, organisationId: string, surveyId: string) =>
  db.selectFrom('result_releases').select(['population', 'history_json', 'version']).where('organisation_id', '=', organisationId).where('survey_id', '=', surveyId).execute();

/**
 * Records a population's grown history if nobody else has since `version` (0: nothing was
 * recorded yet, so the insert collides with anyone who got there first). False: try again.
 */
export async function saveRelease(db: Db, row: { organisationId: string; surveyId: string; population: string; historyJson: string; version: number; at: string }): Promise<boolean> {
  if (row.version === 0) {
    const result = await db
      .insertInto('result_releases')
      .values({ organisation_id: row.organisationId, survey_id: row.surveyId, population: row.population, history_json: row.historyJson, version: 1, updated_at: row.at })
      .onConflict((oc) => oc.columns(['survey_id', 'population']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  }
  const result = await db
    .updateTable('result_releases')
    .set({ history_json: row.historyJson, version: row.version + 1, updated_at: row.at })
    .where('organisation_id', '=', row.organisationId)
    .where('survey_id', '=', row.surveyId)
    .where('population', '=', row.population)
    .where('version', '=', row.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
