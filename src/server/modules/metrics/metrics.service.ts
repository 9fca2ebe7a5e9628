// The culture and outcomes dashboard: each metric of the catalogue with its latest value and
// what its statistical process control chart says (variation and assurance, after Making Data
// Count), under the cultural element it speaks to; one metric's chart for the organisation or
// a unit; the units side by side; and the values themselves, imported whole from a file or
// entered one at a time.
import { METRIC_CATALOGUE, metricByKey, type MetricDefinition } from '../../../core/metrics/catalogue.js';
import { gapsIn, type PeriodKind } from '../../../core/metrics/periods.js';
import { seriesKey, validateValues, type MetricValueRow } from '../../../core/metrics/validate-values.js';
import { analyseSpc, type SpcResult } from '../../../core/spc/index.js';
import { CULTURAL_ELEMENTS } from '../../../core/instruments/builtins/leadership-framework.js';
import type { RawTable } from '../../../core/imports/types.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { nowIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { inTransaction } from '../../kernel/transaction.js';
import { recordAudit } from '../audit/index.js';
import { readUploadedTable } from '../imports/index.js';
import { listUnits } from '../units/index.js';
import * as repo from './metrics.repository.js';
import type { DashboardView, ImportResultView, MetricCardView, SeriesView, SettingsInput, UnitsComparisonView, ValueInput } from './metrics.schemas.js';

const ORG = repo.ORGANISATION_KEY;

function definitionOf(key: string): MetricDefinition {
  const metric = metricByKey(key);
  if (!metric) throw new AppError(404, 'not_found', `There is no metric “${key}”.`);
  return metric;
}

async function unitKeyOf(db: Db, organisationId: string, unitId: string | undefined): Promise<{ key: string; name: string }> {
  if (!unitId || unitId === ORG) return { key: ORG, name: 'Whole organisation' };
  const unit = (await listUnits(db, organisationId)).find((u) => u.id === unitId);
  if (!unit) throw new AppError(404, 'not_found', 'There is no such unit.');
  return { key: unit.id, name: unit.name };
}

interface Settings {
  target: number | null;
  benchmark: number | null;
  benchmarkLabel: string | null;
  version: number;
}

const settingsOf = (row: Awaited<ReturnType<typeof repo.findSettings>>): Settings =>
  row ? { target: row.target, benchmark: row.benchmark, benchmarkLabel: row.benchmark_label, version: row.version } : { target: null, benchmark: null, benchmarkLabel: null, version: 0 };

type StoredValue = { period_kind: string; period: string; period_index: number; value: number };

function analyse(metric: MetricDefinition, values: readonly StoredValue[], target: number | null, options: { rebase?: number[]; preset?: 'mdc' | 'ptd' } = {}): SpcResult {
  return analyseSpc(values.map((v) => v.value), { preset: options.preset ?? 'mdc', direction: metric.direction, target, rebase: options.rebase ?? [] });
}

function card(metric: MetricDefinition, values: readonly StoredValue[], settings: Settings): MetricCardView {
  const base = { key: metric.key, name: metric.name, element: metric.element, unit: metric.unit, unitLabel: metric.unitLabel, direction: metric.direction, target: settings.target, benchmark: settings.benchmark, benchmarkLabel: settings.benchmarkLabel };
  if (values.length === 0) return { ...base, points: 0, latest: null, variation: null, assurance: null, recent: [], reasons: ['No values yet.'] };
  const spc = analyse(metric, values, settings.target);
  const last = values.at(-1)!;
  return {
    ...base,
    points: values.length,
    latest: { period: last.period, value: last.value },
    variation: spc.variation,
    assurance: spc.assurance,
    recent: values.slice(-24).map((v) => v.value),
    reasons: spc.reasons,
  };
}

/** Every metric for the organisation (or one unit), by cultural element, with its icons. */
export async function dashboard(db: Db, organisationId: string, unitId?: string): Promise<DashboardView> {
  const unit = await unitKeyOf(db, organisationId, unitId);
  const [values, settings] = await Promise.all([repo.allValues(db, organisationId, unit.key), repo.allSettings(db, organisationId)]);
  const byMetric = new Map<string, StoredValue[]>();
  for (const v of values) byMetric.set(v.metric_key, [...(byMetric.get(v.metric_key) ?? []), v]);
  const settingsByMetric = new Map(settings.map((s) => [s.metric_key, s]));
  return {
    unit: { unitId: unit.key, name: unit.name },
    elements: CULTURAL_ELEMENTS.map((e) => ({
      key: e.key,
      name: e.name.en,
      metrics: METRIC_CATALOGUE.filter((m) => m.element === e.key).map((m) => card(m, byMetric.get(m.key) ?? [], settingsOf(settingsByMetric.get(m.key)))),
    })),
  };
}

/** One metric's series for the organisation or a unit, with its chart worked out. */
export async function metricSeries(db: Db, organisationId: string, key: string, query: { unit?: string | undefined; rebase?: number[] | undefined; preset?: 'mdc' | 'ptd' | undefined }): Promise<SeriesView> {
  const metric = definitionOf(key);
  const unit = await unitKeyOf(db, organisationId, query.unit);
  const [values, settingsRow] = await Promise.all([repo.seriesValues(db, organisationId, key, unit.key), repo.findSettings(db, organisationId, key)]);
  const settings = settingsOf(settingsRow);
  const rebase = (query.rebase ?? []).map((r) => r - 1);
  if (rebase.some((r, i) => r < 1 || r >= values.length || (i > 0 && r <= rebase[i - 1]!))) {
    throw new AppError(422, 'validation_failed', 'Check the recalculation points', [{ path: 'rebase', message: `Choose points between 2 and ${values.length}, each later than the one before` }]);
  }
  const spc = values.length ? analyse(metric, values, settings.target, { rebase, preset: query.preset ?? 'mdc' }) : null;
  const kind = (values[0]?.period_kind ?? 'month') as PeriodKind;
  return {
    metric: { key: metric.key, name: metric.name, element: metric.element, unit: metric.unit, unitLabel: metric.unitLabel, direction: metric.direction, source: metric.source, description: metric.description, min: metric.min, max: metric.max },
    unit: { unitId: unit.key, name: unit.name },
    settings,
    periods: values.map((v) => v.period),
    values: values.map((v) => v.value),
    gaps: gapsIn(kind, values.map((v) => v.period_index)),
    spc,
  };
}

/** The latest value of one metric in every unit that has any, with its variation icon. */
export async function unitsComparison(db: Db, organisationId: string, key: string): Promise<UnitsComparisonView> {
  const metric = definitionOf(key);
  const [units, values, settingsRow] = await Promise.all([listUnits(db, organisationId), repo.allValues(db, organisationId), repo.findSettings(db, organisationId, key)]);
  const settings = settingsOf(settingsRow);
  const bySeries = new Map<string, StoredValue[]>();
  for (const v of values) if (v.metric_key === key) bySeries.set(v.unit_key, [...(bySeries.get(v.unit_key) ?? []), v]);
  const names = new Map<string, string>([[ORG, 'Whole organisation'], ...units.map((u) => [u.id, u.name] as const)]);
  const rows = [...bySeries.entries()].map(([unitKey, series]) => {
    const c = card(metric, series, settings);
    return { unitId: unitKey, name: names.get(unitKey) ?? unitKey, latest: c.latest, points: c.points, variation: c.variation, assurance: c.assurance };
  });
  rows.sort((a, b) => (a.unitId === ORG ? -1 : b.unitId === ORG ? 1 : a.name.localeCompare(b.name, 'en-GB')));
  return { metric: { key: metric.key, name: metric.name, unitLabel: metric.unitLabel, direction: metric.direction }, target: settings.target, rows };
}

async function checkAndWrite(db: Db, actor: OrgContext, table: RawTable, what: string): Promise<{ plan: ReturnType<typeof validateValues>; written: number }> {
  const [units, kinds] = await Promise.all([listUnits(db, actor.organisationId), repo.seriesKinds(db, actor.organisationId)]);
  const unitsByCode = new Map<string, string>();
  for (const u of units) {
    unitsByCode.set(u.externalCode, u.id);
    unitsByCode.set(u.externalCode.toUpperCase(), u.id);
  }
  const storedKinds = new Map(kinds.map((k) => [seriesKey(k.metric_key, k.unit_key === ORG ? null : k.unit_key), k.period_kind as PeriodKind]));
  const plan = validateValues(table, { unitsByCode, storedKinds });
  if (plan.errors.length) {
    throw new AppError(422, 'import_invalid', `The ${what} has problems; nothing was saved.`, plan.errors.map((p) => ({ path: `row ${p.row}, column “${p.column}”`, message: p.message })));
  }
  const at = nowIso();
  const rows = plan.values.map((v: MetricValueRow) => ({
    organisation_id: actor.organisationId,
    metric_key: v.metricKey,
    unit_key: v.unitId ?? ORG,
    unit_id: v.unitId,
    period_kind: v.periodKind,
    period: v.period,
    period_index: v.periodIndex,
    value: v.value,
    updated_at: at,
  }));
  await inTransaction(db, async (trx) => {
    await repo.upsertValues(trx, rows);
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'metrics.values_saved', targetType: 'organisation', targetId: actor.organisationId, detail: { values: rows.length, metrics: new Set(rows.map((r) => r.metric_key)).size } });
  });
  return { plan, written: rows.length };
}

/** A CSV or XLSX file of values, checked whole and written in one transaction, or refused with every problem. */
export async function importValues(db: Db, actor: OrgContext, buffer: Buffer): Promise<ImportResultView> {
  const read = await readUploadedTable(buffer);
  if (read.problems.length) {
    throw new AppError(422, 'import_invalid', 'The file could not be read to the end; nothing was saved.', read.problems.map((p) => ({ path: `row ${p.row}${p.column ? `, column “${p.column}”` : ''}`, message: p.message })));
  }
  const { plan, written } = await checkAndWrite(db, actor, read.table, 'file');
  return { written, warnings: plan.warnings.map((w) => ({ row: w.row, column: w.column, message: w.message })) };
}

/** One value entered by hand, checked by the same rules as a file's row. */
export async function enterValue(db: Db, actor: OrgContext, key: string, input: ValueInput): Promise<ImportResultView> {
  const metric = definitionOf(key);
  const units = await listUnits(db, actor.organisationId);
  const unit = input.unitId && input.unitId !== ORG ? units.find((u) => u.id === input.unitId) : null;
  if (input.unitId && input.unitId !== ORG && !unit) throw new AppError(404, 'not_found', 'There is no such unit.');
  const table: RawTable = { headerRow: 1, headers: ['Metric', 'Unit code', 'Period', 'Value'], rows: [{ row: 2, cells: [metric.key, unit?.externalCode ?? '', input.period, input.value] }] };
  try {
    const { plan, written } = await checkAndWrite(db, actor, table, 'value');
    return { written, warnings: plan.warnings };
  } catch (error) {
    // On a form the problem belongs to a field, not to "row 2" of a file nobody uploaded.
    if (error instanceof AppError && error.code === 'import_invalid') {
      const field = (path: string) => (path.includes('Period') ? 'period' : path.includes('Value') ? 'value' : 'unitId');
      throw new AppError(422, 'validation_failed', 'Check the value', (error.errors ?? []).map((e) => ({ path: field(e.path), message: e.message })));
    }
    throw error;
  }
}

export async function removeValue(db: Db, actor: OrgContext, key: string, unitId: string | undefined, period: string): Promise<void> {
  definitionOf(key);
  const unit = await unitKeyOf(db, actor.organisationId, unitId);
  const removed = await inTransaction(db, async (trx) => {
    const done = await repo.deleteValue(trx, actor.organisationId, key, unit.key, period);
    if (done) await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'metrics.value_removed', targetType: 'organisation', targetId: actor.organisationId, detail: { metric: key, period } });
    return done;
  });
  if (!removed) throw new AppError(404, 'not_found', 'There is no value for that period.');
}

export async function saveSettings(db: Db, actor: OrgContext, key: string, input: SettingsInput): Promise<Settings> {
  const metric = definitionOf(key);
  const problems = (['target', 'benchmark'] as const).flatMap((field) => {
    const v = input[field];
    return v !== null && ((metric.min !== null && v < metric.min) || (metric.max !== null && v > metric.max)) ? [{ path: field, message: `Enter a ${field} between ${metric.min ?? 'any'} and ${metric.max ?? 'any'}` }] : [];
  });
  if (problems.length) throw new AppError(422, 'validation_failed', 'Check the target and benchmark', problems);
  const saved = await inTransaction(db, async (trx) => {
    const ok = await repo.saveSettings(trx, { organisation_id: actor.organisationId, metric_key: key, target: input.target, benchmark: input.benchmark, benchmark_label: input.benchmarkLabel, version: input.version, updated_at: nowIso() }, input.version);
    if (ok) await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'metrics.settings_saved', targetType: 'organisation', targetId: actor.organisationId, detail: { metric: key } });
    return ok;
  });
  if (!saved) throw new AppError(409, 'edit_conflict', 'Someone else changed this metric’s target or benchmark since you opened it. Reload to see their change, then make yours again.');
  return { target: input.target, benchmark: input.benchmark, benchmarkLabel: input.benchmarkLabel, version: input.version + 1 };
}
