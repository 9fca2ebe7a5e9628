// SQL for metric values and per-metric settings.
import type { Db } from '../../db/database.js';
import { insertInBatches } from '../../db/batches.js';
import type { MetricSettingsTable, MetricValuesTable } from './metrics.table.js';

export const ORGANISATION_KEY = 'organisation';

/** Every value of the organisation, oldest first within each series. */
export const allValues = (db: Db, organisationId: string, unitKey?: string) => {
  let q = db.selectFrom('metric_values').select(['metric_key', 'unit_key', 'period_kind', 'period', 'period_index', 'value']).where('organisation_id', '=', organisationId);
  if (unitKey !== undefined) q = q.where('unit_key', '=', unitKey);
  return q.orderBy('metric_key').orderBy('unit_key').orderBy('period_index').execute();
};

export const seriesValues = (db: Db, organisationId: string, metricKey: string, unitKey: string) =>
  db
    .selectFrom('metric_values')
    .select(['period_kind', 'period', 'period_index', 'value'])
    .where('organisation_id', '=', organisationId)
    .where('metric_key', '=', metricKey)
    .where('unit_key', '=', unitKey)
    .orderBy('period_index')
    .execute();

/** The kind of period each stored series uses. */
export const seriesKinds = (db: Db, organisationId: string) =>
  db.selectFrom('metric_values').select(['metric_key', 'unit_key', 'period_kind']).distinct().where('organisation_id', '=', organisationId).execute();

/** Writes values, replacing any stored for the same metric, unit and period. */
export async function upsertValues(db: Db, rows: readonly MetricValuesTable[]): Promise<void> {
  await insertInBatches(rows, (batch) =>
    db
      .insertInto('metric_values')
      .values(batch)
      .onConflict((oc) => oc.columns(['organisation_id', 'metric_key', 'unit_key', 'period']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), updated_at: eb.ref('excluded.updated_at'), period_index: eb.ref('excluded.period_index'), period_kind: eb.ref('excluded.period_kind') })))
      .execute(),
  );
}

export async function deleteValue(db: Db, organisationId: string, metricKey: string, unitKey: string, period: string): Promise<boolean> {
  const result = await db.deleteFrom('metric_values').where('organisation_id', '=', organisationId).where('metric_key', '=', metricKey).where('unit_key', '=', unitKey).where('period', '=', period).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function insertSettings(db: Db, rows: readonly MetricSettingsTable[]): Promise<void> {
  if (rows.length) await db.insertInto('metric_settings').values([...rows]).execute();
}

export const allSettings = (db: Db, organisationId: string) => db.selectFrom('metric_settings').selectAll().where('organisation_id', '=', organisationId).execute();

export const findSettings = (db: Db, organisationId: string, metricKey: string) =>
  db.selectFrom('metric_settings').selectAll().where('organisation_id', '=', organisationId).where('metric_key', '=', metricKey).executeTakeFirst();

/** Saves settings if nobody has since `version` (0: none saved yet); false on a clash. */
export async function saveSettings(db: Db, row: MetricSettingsTable, version: number): Promise<boolean> {
  if (version === 0) {
    const r = await db.insertInto('metric_settings').values({ ...row, version: 1 }).onConflict((oc) => oc.columns(['organisation_id', 'metric_key']).doNothing()).executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
  }
  const r = await db
    .updateTable('metric_settings')
    .set({ target: row.target, benchmark: row.benchmark, benchmark_label: row.benchmark_label, updated_at: row.updated_at, version: version + 1 })
    .where('organisation_id', '=', row.organisation_id)
    .where('metric_key', '=', row.metric_key)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
