// Imports of units and staff. startImport reads the file at once (so an empty or unreadable
// file is refused before anything is recorded), records the run, and carries on in the
// background: validate the whole file (any error: the run fails and nothing else is written),
// then write everything in ONE transaction together with the audit event and the final status.
import { refreshPlannerStatistics } from '../../db/statistics.js';
import { bumpDataVersion } from '../organisations/index.js';
import type { ImportKind, ImportPlan, ImportProblem, ExistingUnit } from '../../../core/imports/types.js';
import { planStaffImport } from '../../../core/imports/validate-staff.js';
import { planUnitsImport } from '../../../core/imports/validate-units.js';
import type { Db } from '../../db/database.js';
import { conflict, notFound } from '../../kernel/errors.js';
import { newId, nowIso } from '../../kernel/ids.js';
import { recordAudit } from '../audit/index.js';
import { beginLive, endLive, hasLiveRunFor, liveRun, type LiveRun } from './imports.progress.js';
import { readUploadedTable, type ReadFile } from './imports.reader.js';
import * as repo from './imports.repository.js';
import type { ImportRunsTable } from './imports.table.js';
import type { ImportRunView, ImportStatus, ImportSummaryView, StartedImportView } from './imports.schemas.js';
import { writePlan, type WriteCounts, type WriteHooks } from './imports.writer.js';

/** Who is importing: a signed-in user (an OrgContext fits) or the command line (userId null). */
export interface ImportActor {
  organisationId: string;
  userId: string | null;
  actorLabel: string;
}

export interface ImportProgress {
  status: ImportStatus;
  processedRows: number;
  totalRows: number;
}

export interface ImportOptions {
  /** Test hook, called after each write batch inside the transaction; throwing aborts the import. */
  onBatch?: WriteHooks['onBatch'];
  onProgress?: (progress: ImportProgress) => void;
  /** Where unexpected failures are reported (the run itself only says that something went wrong). */
  logError?: (error: unknown, runId: string) => void;
}

export interface StartedImport extends StartedImportView {
  /** Settles with the final view once the import has succeeded or failed. */
  finished: Promise<ImportRunView>;
}

export const MAX_STORED_PROBLEMS = 1000;
const MAX_STORED_WARNINGS = 100;
const LIST_LIMIT = 100;
const UNEXPECTED = 'The import stopped because of an unexpected error, and nothing was changed. Try again; if it keeps happening, contact your administrator.';
/** A run still "running" in storage but not in any process after this long was interrupted. */
const STALE_AFTER_MS = 30 * 60 * 1000;

/** What import_runs.errors holds (JSON). Older rows may hold a bare array of problems. */
interface StoredOutcome {
  errorCount: number;
  errors: ImportProblem[];
  warningCount: number;
  warnings: ImportProblem[];
  message: string | null;
}

const outcomeJson = (o: StoredOutcome): string =>
  JSON.stringify({ ...o, errors: o.errors.slice(0, MAX_STORED_PROBLEMS), warnings: o.warnings.slice(0, MAX_STORED_WARNINGS) });

function parseOutcome(text: string): StoredOutcome {
  const empty: StoredOutcome = { errorCount: 0, errors: [], warningCount: 0, warnings: [], message: null };
  try {
    const value = JSON.parse(text) as unknown;
    if (Array.isArray(value)) return { ...empty, errorCount: value.length, errors: value as ImportProblem[] };
    return { ...empty, ...(value as Partial<StoredOutcome>) };
  } catch {
    return empty;
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

const toExisting = (stored: readonly repo.StoredUnit[]): ExistingUnit[] => {
  const codeOfId = new Map(stored.map((u) => [u.id, u.external_code]));
  return stored.map((u) => ({ code: u.external_code, name: u.name, parentCode: u.parent_id ? (codeOfId.get(u.parent_id) ?? null) : null }));
};

/** Reads the file and starts the import; throws a 4xx AppError for a file that cannot be imported at all. */
export async function startImport(
  db: Db,
  actor: ImportActor,
  kind: ImportKind,
  fileName: string,
  buffer: Buffer,
  options: ImportOptions = {},
): Promise<StartedImport> {
  const busy = () => conflict('import_in_progress', 'Another import is still running for this organisation. Wait for it to finish, then try again.');
  if (hasLiveRunFor(actor.organisationId)) throw busy();
  const read = await readUploadedTable(buffer);
  if (hasLiveRunFor(actor.organisationId)) throw busy();
  const id = newId();
  const live = beginLive(id, actor.organisationId, read.table.rows.length);
  try {
    await repo.insertRun(db, {
      id,
      organisation_id: actor.organisationId,
      kind,
      file_name: fileName,
      status: 'validating',
      total_rows: read.table.rows.length,
      created_count: 0,
      updated_count: 0,
      errors: outcomeJson({ errorCount: 0, errors: [], warningCount: 0, warnings: [], message: null }),
      created_by: actor.userId,
      created_at: nowIso(),
      finished_at: null,
    });
  } catch (error) {
    endLive(id);
    throw error;
  }
  const finished = runInBackground(db, actor, id, kind, fileName, read, live, options);
  live.settled = finished.then(
    () => undefined,
    () => undefined,
  );
  return { id, kind, fileName, status: 'validating', finished };
}

async function runInBackground(
  db: Db,
  actor: ImportActor,
  id: string,
  kind: ImportKind,
  fileName: string,
  read: ReadFile,
  live: LiveRun,
  options: ImportOptions,
): Promise<ImportRunView> {
  const report = (status: ImportStatus, processedRows = live.processedRows) => {
    live.status = status;
    live.processedRows = processedRows;
    options.onProgress?.({ status, processedRows, totalRows: live.totalRows });
  };
  let warnings: ImportProblem[] = [];
  try {
    await new Promise<void>((resolve) => setImmediate(resolve)); // let the caller answer 202 first
    report('validating', 0);
    if (read.problems.length) {
      await finishFailed(db, actor, id, kind, fileName, live.totalRows, read.problems, [], null);
      report('failed', 0);
    } else {
      const stored = await repo.unitsOf(db, actor.organisationId);
      const plan: ImportPlan = kind === 'units' ? planUnitsImport(read.table, toExisting(stored)) : planStaffImport(read.table, toExisting(stored));
      warnings = plan.warnings;
      if (plan.errors.length) {
        await finishFailed(db, actor, id, kind, fileName, plan.totalRows, plan.errors, warnings, null);
        report('failed', 0);
      } else {
        await repo.updateRun(db, actor.organisationId, id, { status: 'writing' });
        report('writing', 0);
        await db.transaction().execute(async (trx) => {
          const counts = await writePlan(trx, actor.organisationId, plan, stored, {
            onProgress: (processed) => report('writing', processed),
            ...(options.onBatch ? { onBatch: options.onBatch } : {}),
          });
          await recordSucceeded(trx, actor, id, kind, fileName, plan, counts);
          // In the same transaction: cached page data must not outlive the data it shows.
          await bumpDataVersion(trx, actor.organisationId);
        });
        await refreshPlannerStatistics(db);
        report('succeeded', plan.totalRows);
      }
    }
  } catch (error) {
    options.logError?.(error, id);
    await finishFailed(db, actor, id, kind, fileName, live.totalRows, [], warnings, UNEXPECTED);
    report('failed', 0);
  } finally {
    endLive(id);
  }
  return getImport(db, actor.organisationId, id);
}

function successMessage(kind: ImportKind, plan: ImportPlan, c: WriteCounts): string {
  if (kind === 'units') return `Imported ${plural(plan.units.length, 'unit')}: ${c.unitsCreated.toLocaleString('en-GB')} new, ${c.unitsUpdated.toLocaleString('en-GB')} updated.`;
  const units = c.unitsCreated ? ` ${plural(c.unitsCreated, 'new unit was', 'new units were')} added from unit paths.` : '';
  return `Imported ${plural(c.peopleCreated + c.peopleUpdated, 'staff record')}: ${c.peopleCreated.toLocaleString('en-GB')} new, ${c.peopleUpdated.toLocaleString('en-GB')} updated.${units}`;
}

async function recordSucceeded(trx: Db, actor: ImportActor, id: string, kind: ImportKind, fileName: string, plan: ImportPlan, c: WriteCounts) {
  const created = kind === 'units' ? c.unitsCreated : c.peopleCreated;
  const updated = kind === 'units' ? c.unitsUpdated : c.peopleUpdated;
  await recordAudit(trx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    actorLabel: actor.actorLabel,
    action: 'import.succeeded',
    targetType: 'import',
    targetId: id,
    detail: { kind, fileName, totalRows: plan.totalRows, created, updated, ...c },
  });
  await repo.updateRun(trx, actor.organisationId, id, {
    status: 'succeeded',
    created_count: created,
    updated_count: updated,
    errors: outcomeJson({ errorCount: 0, errors: [], warningCount: plan.warnings.length, warnings: plan.warnings, message: successMessage(kind, plan, c) }),
    finished_at: nowIso(),
  });
}

async function finishFailed(
  db: Db,
  actor: ImportActor,
  id: string,
  kind: ImportKind,
  fileName: string,
  totalRows: number,
  errors: ImportProblem[],
  warnings: ImportProblem[],
  unexpected: string | null,
): Promise<void> {
  const message =
    unexpected ??
    `Found ${plural(errors.length, 'problem')} in the file, so nothing was imported.${errors.length > MAX_STORED_PROBLEMS ? ` The first ${MAX_STORED_PROBLEMS.toLocaleString('en-GB')} are listed.` : ''} Fix ${errors.length === 1 ? 'it' : 'them'} and upload the file again.`;
  await db.transaction().execute(async (trx) => {
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      actorLabel: actor.actorLabel,
      action: 'import.failed',
      targetType: 'import',
      targetId: id,
      detail: { kind, fileName, totalRows, errorCount: errors.length, unexpected: unexpected !== null },
    });
    await repo.updateRun(trx, actor.organisationId, id, {
      status: 'failed',
      total_rows: totalRows,
      created_count: 0,
      updated_count: 0,
      errors: outcomeJson({ errorCount: errors.length, errors, warningCount: warnings.length, warnings, message }),
      finished_at: nowIso(),
    });
  });
}

function present(row: ImportRunsTable): ImportRunView {
  const outcome = parseOutcome(row.errors);
  const live = liveRun(row.id);
  let status = row.status as ImportStatus;
  let message = outcome.message;
  let processedRows = status === 'succeeded' ? row.total_rows : 0;
  let totalRows = row.total_rows;
  let finishedAt = row.finished_at;
  if (live) {
    ({ status, processedRows, totalRows } = live);
  } else if ((status === 'validating' || status === 'writing') && Date.now() - Date.parse(row.created_at) > STALE_AFTER_MS) {
    status = 'failed';
    message = 'The import was interrupted before it finished (for example, the server restarted). Nothing was changed; upload the file again.';
    finishedAt = null;
  }
  return {
    id: row.id,
    kind: row.kind as ImportKind,
    fileName: row.file_name,
    status,
    totalRows,
    processedRows,
    created: row.created_count,
    updated: row.updated_count,
    errorCount: outcome.errorCount,
    warningCount: outcome.warningCount,
    message,
    createdAt: row.created_at,
    finishedAt,
    errors: outcome.errors,
    warnings: outcome.warnings,
  };
}

export async function getImport(db: Db, organisationId: string, id: string): Promise<ImportRunView> {
  const row = await repo.findRun(db, organisationId, id);
  if (!row) throw notFound('Import');
  return present(row);
}

/** The latest imports, newest first, without their problem lists. */
export async function listImports(db: Db, organisationId: string): Promise<ImportSummaryView[]> {
  const rows = await repo.listRuns(db, organisationId, LIST_LIMIT);
  return rows.map((r) => {
    const { errors: _errors, warnings: _warnings, ...summary } = present(r);
    return summary;
  });
}

export const listOrganisationsForImport = (db: Db) => repo.listOrganisations(db);
