// Friends and Family Test results: the whole organisation's monthly percentage positive judged
// with statistical process control (NHS England's Making Data Count; higher is better), and the
// latest month for every unit with NHS England's FFT publication suppression applied across the
// unit tree, so a board paper never shows what the national publication would hide. Results
// come in whole from a CSV or Excel file, or not at all.
import { gapsIn } from '../../../core/metrics/periods.js';
import { FFT_SUPPRESSION_THRESHOLD, suppressFftHierarchy, type FftUnitCount } from '../../../core/patient-experience/fft-suppression.js';
import { percentNegative, percentPositive, totalResponses, validateFftResults, type FftCounts } from '../../../core/patient-experience/fft-values.js';
import { analyseSpc } from '../../../core/spc/index.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { nowIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { inTransaction } from '../../kernel/transaction.js';
import { recordAudit } from '../audit/index.js';
import { readUploadedTable } from '../imports/index.js';
import { listUnits } from '../units/index.js';
import * as repo from './patient-experience.repository.js';
import type { FftUnitRow, ImportResultView, OverviewView } from './patient-experience.schemas.js';
import { unitsByCode, type OutlineUnit } from './unit-outline.js';

const ORG = repo.ORGANISATION_KEY;
type StoredFft = Awaited<ReturnType<typeof repo.allFft>>[number];

const countsOf = (r: StoredFft): FftCounts => ({ veryGood: r.very_good, good: r.good, neither: r.neither, poor: r.poor, veryPoor: r.very_poor, dontKnow: r.dont_know });
/** One decimal place, as shown and as charted, so the chart's figures are the table's. */
const oneDecimal = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

function trend(rows: readonly StoredFft[]): Omit<OverviewView['fft'], 'latest' | 'threshold'> {
  const org = rows.filter((r) => r.unit_key === ORG);
  const plotted = org.filter((r) => totalResponses(countsOf(r)) >= FFT_SUPPRESSION_THRESHOLD);
  // A month with 1 to 4 responses is hidden in the publication; a month with none has no percentage.
  const leftOut = org.filter((r) => !plotted.includes(r)).map((r) => r.period);
  const values = plotted.map((r) => oneDecimal(percentPositive(countsOf(r)))!);
  return {
    periods: plotted.map((r) => r.period),
    values,
    responses: plotted.map((r) => totalResponses(countsOf(r))),
    gaps: gapsIn('month', plotted.map((r) => r.period_index)).filter((label) => !leftOut.includes(label)),
    leftOut,
    spc: values.length ? analyseSpc(values, { preset: 'mdc', direction: 'increase', target: null, rebase: [] }) : null,
  };
}

/** The most recent month any unit reported, for every unit that reported it (a unit with no figure that month is not listed). */
function latestMonth(rows: readonly StoredFft[], outline: readonly OutlineUnit[]): OverviewView['fft']['latest'] {
  if (!rows.length) return null;
  const last = Math.max(...rows.map((r) => r.period_index));
  const atLast = new Map(rows.filter((r) => r.period_index === last).map((r) => [r.unit_key, r]));
  const parentOf = new Map(outline.map((u) => [u.id, u.parentId]));
  // Each unit's parent group is the nearest unit above it with a figure this month.
  const nearestAbove = (unitId: string): string | null => {
    const seen = new Set<string>();
    for (let p = parentOf.get(unitId) ?? null; p !== null && !seen.has(p); p = parentOf.get(p) ?? null) {
      seen.add(p);
      if (atLast.has(p)) return p;
    }
    return atLast.has(ORG) ? ORG : null;
  };
  const nodes: FftUnitCount[] = [...atLast.values()].map((r) => ({ key: r.unit_key, parentKey: r.unit_key === ORG ? null : nearestAbove(r.unit_key), total: totalResponses(countsOf(r)) }));
  const suppression = suppressFftHierarchy(nodes);
  const listed = [{ id: ORG, name: 'Whole organisation', depth: 0 }, ...outline].filter((u) => atLast.has(u.id));
  const view = (u: { id: string; name: string; depth: number }): FftUnitRow => {
    const r = atLast.get(u.id)!;
    const s = suppression.get(u.id)!;
    const c = countsOf(r);
    const hide = (n: number) => (s.countsHidden ? null : n);
    const pct = (n: number | null) => (s.percentHidden ? null : oneDecimal(n));
    return {
      unitId: u.id,
      name: u.name,
      depth: u.depth,
      status: s.status,
      responses: hide(totalResponses(c)),
      veryGood: hide(c.veryGood),
      good: hide(c.good),
      neither: hide(c.neither),
      poor: hide(c.poor),
      veryPoor: hide(c.veryPoor),
      dontKnow: hide(c.dontKnow),
      percentPositive: pct(percentPositive(c)),
      percentNegative: pct(percentNegative(c)),
    };
  };
  return { period: atLast.values().next().value!.period, rows: listed.map(view) };
}

export async function fftOverview(db: Db, organisationId: string, outline: readonly OutlineUnit[]): Promise<OverviewView['fft']> {
  const rows = await repo.allFft(db, organisationId);
  return { threshold: FFT_SUPPRESSION_THRESHOLD, ...trend(rows), latest: latestMonth(rows, outline) };
}

/** A problem+json refusal listing every problem by row and column. */
export function importRefused(message: string, problems: readonly { row: number; column: string; message: string }[]): AppError {
  return new AppError(422, 'import_invalid', message, problems.map((p) => ({ path: `row ${p.row}${p.column ? `, column “${p.column}”` : ''}`, message: p.message })));
}

/** A CSV or XLSX file of FFT results, checked whole and written in one transaction, or refused with every problem. */
export async function importFft(db: Db, actor: OrgContext, buffer: Buffer): Promise<ImportResultView> {
  const read = await readUploadedTable(buffer);
  if (read.problems.length) throw importRefused('The file could not be read to the end; nothing was saved.', read.problems);
  const plan = validateFftResults(read.table, { unitsByCode: unitsByCode(await listUnits(db, actor.organisationId)) });
  if (plan.errors.length) throw importRefused('The file has problems; nothing was saved.', plan.errors);
  const at = nowIso();
  const rows = plan.rows.map((r) => ({
    organisation_id: actor.organisationId,
    unit_key: r.unitId ?? ORG,
    unit_id: r.unitId,
    period: r.period,
    period_index: r.periodIndex,
    very_good: r.counts.veryGood,
    good: r.counts.good,
    neither: r.counts.neither,
    poor: r.counts.poor,
    very_poor: r.counts.veryPoor,
    dont_know: r.counts.dontKnow,
    updated_at: at,
  }));
  await inTransaction(db, async (trx) => {
    await repo.upsertFft(trx, rows);
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'metrics.values_saved', targetType: 'organisation', targetId: actor.organisationId, detail: { kind: 'fft', rows: rows.length } });
  });
  return { written: rows.length, skipped: 0, warnings: plan.warnings };
}
