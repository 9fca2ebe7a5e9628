// External benchmarks: an organisation uploads a published table of organisations' results
// (the NHS Staff Survey's organisation results, for example), checked whole before it is kept;
// then, for a benchmarking group and year, sees each measure's spread across the group and,
// when the table holds its own ODS code, where it stands.
import { groupsAndYears, readBenchmarkCsv, summariseGroup, type BenchmarkTable } from '../../../core/benchmarks/benchmark-table.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { newId, nowIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { inTransaction } from '../../kernel/transaction.js';
import { recordAudit } from '../audit/index.js';
import { getOrganisation } from '../organisations/index.js';
import * as repo from './benchmarks.repository.js';
import type { BenchmarkSetView, SummaryView } from './benchmarks.schemas.js';
import type { BenchmarkSetsTable } from './benchmarks.table.js';

type BenchmarkOverview = Pick<BenchmarkSetView, 'measures' | 'organisations' | 'groups'>;

const overviewOf = (table: BenchmarkTable): BenchmarkOverview => ({ measures: table.measures.length, organisations: new Set(table.rows.map((r) => r.code)).size, groups: groupsAndYears(table) });

const view = (row: Omit<BenchmarkSetsTable, 'table_json'>, overview: BenchmarkOverview): BenchmarkSetView => ({ id: row.id, name: row.name, source: row.source, fileName: row.file_name, uploadedAt: row.uploaded_at, ...overview });

export async function uploadSet(db: Db, actor: OrgContext, input: { name: string; source: string; fileName: string; text: string }): Promise<BenchmarkSetView> {
  const read = readBenchmarkCsv(input.text);
  if (!read.ok) {
    throw new AppError(422, 'import_invalid', 'The benchmark file has problems; nothing was kept.', read.problems.map((p) => ({ path: `row ${p.row}${p.column ? `, column “${p.column}”` : ''}`, message: p.message })));
  }
  const overview = overviewOf(read.table);
  const row: BenchmarkSetsTable = { id: newId(), organisation_id: actor.organisationId, name: input.name, source: input.source, file_name: input.fileName, table_json: JSON.stringify(read.table), overview_json: JSON.stringify(overview), uploaded_at: nowIso() };
  await inTransaction(db, async (trx) => {
    await repo.insertSet(trx, row);
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'benchmark.uploaded', targetType: 'benchmark', targetId: row.id, detail: { rows: read.table.rows.length } });
  });
  return view(row, overview);
}

export async function listSets(db: Db, organisationId: string): Promise<BenchmarkSetView[]> {
  const rows = await repo.listSets(db, organisationId);
  return Promise.all(
    rows.map(async (row) => view(row, row.overview_json ? (JSON.parse(row.overview_json) as BenchmarkOverview) : overviewOf(JSON.parse(await repo.setTable(db, organisationId, row.id)) as BenchmarkTable))),
  );
}

export async function groupSummary(db: Db, organisationId: string, setId: string, group: string, year: number): Promise<SummaryView> {
  const row = await repo.findSet(db, organisationId, setId);
  if (!row) throw new AppError(404, 'not_found', 'There is no such benchmark table.');
  const table = JSON.parse(row.table_json) as BenchmarkTable;
  const organisation = await getOrganisation(db, organisationId);
  const summary = summariseGroup(table, group, year, organisation.odsCode);
  if (summary.organisations === 0) throw new AppError(422, 'validation_failed', 'Choose a group and year the table holds', [{ path: 'group', message: `The table has no organisations in “${group}” for ${year}` }]);
  const ownFound = organisation.odsCode !== null && table.rows.some((r) => r.year === year && r.code.toUpperCase() === organisation.odsCode!.toUpperCase());
  return { set: { id: row.id, name: row.name, source: row.source }, ...summary, ownCode: organisation.odsCode, ownFound };
}
