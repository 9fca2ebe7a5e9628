// `cultivate import units|staff FILE`: runs the same import as the web app and waits for it,
// printing progress every 10% and then the counts, or the first 50 problems.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DbHandle } from '../server/db/database.js';
import { AppError } from '../server/kernel/errors.js';
import { listOrganisationsForImport, startImport } from '../server/modules/imports/index.js';

export interface ImportCommandOptions {
  organisationId?: string;
  kind: 'units' | 'staff';
  file: string;
  log: (line: string) => void;
}

const SHOWN_PROBLEMS = 50;

/** Returns the process exit code: 0 imported, 1 the file was refused or had problems, 2 could not start. */
export async function runImportCommand(handle: DbHandle, opts: ImportCommandOptions): Promise<number> {
  const { log } = opts;
  const organisations = await listOrganisationsForImport(handle.db);
  let organisationId = opts.organisationId;
  if (organisationId) {
    if (!organisations.some((o) => o.id === organisationId)) {
      log(`There is no organisation with the id ${organisationId}.`);
      return 2;
    }
  } else if (organisations.length === 1) {
    organisationId = (organisations[0] as { id: string }).id;
  } else {
    if (organisations.length === 0) log('There is no organisation yet. Set up Cultivate first.');
    else {
      log('There is more than one organisation. Say which one to import into with its id:');
      for (const o of organisations) log(`  ${o.id}  ${o.name}`);
    }
    return 2;
  }

  let buffer: Buffer;
  try {
    buffer = await fs.readFile(opts.file);
  } catch (error) {
    log(`Cannot read ${opts.file}: ${(error as Error).message}`);
    return 2;
  }

  const fileName = path.basename(opts.file);
  const startedAt = Date.now();
  let lastTenth = -1;
  let lastStatus = '';
  log(`Importing ${opts.kind} from ${fileName}…`);
  try {
    const started = await startImport(handle.db, { organisationId, userId: null, actorLabel: 'command line' }, opts.kind, fileName, buffer, {
      onProgress: ({ status, processedRows, totalRows }) => {
        if (status !== lastStatus) {
          lastStatus = status;
          if (status === 'validating') log(`Checking ${totalRows.toLocaleString('en-GB')} rows…`);
          if (status === 'writing') log('No problems found. Writing…');
        }
        if (status !== 'writing' || !totalRows) return;
        const tenth = Math.floor((processedRows / totalRows) * 10);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          log(`  ${tenth * 10}% (${processedRows.toLocaleString('en-GB')} of ${totalRows.toLocaleString('en-GB')} rows)`);
        }
      },
      logError: (error) => log(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
    const result = await started.finished;
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    for (const w of result.warnings.slice(0, 10)) log(`Warning: row ${w.row}, column ${w.column}: ${w.message}`);
    if (result.status === 'succeeded') {
      log(`${result.message ?? 'Imported.'} (${result.created.toLocaleString('en-GB')} created, ${result.updated.toLocaleString('en-GB')} updated, ${seconds}s)`);
      return 0;
    }
    log(result.message ?? 'The import failed.');
    for (const p of result.errors.slice(0, SHOWN_PROBLEMS)) log(p.column ? `row ${p.row}, column ${p.column}: ${p.message}` : `row ${p.row}: ${p.message}`);
    if (result.errorCount > SHOWN_PROBLEMS) log(`… and ${(result.errorCount - SHOWN_PROBLEMS).toLocaleString('en-GB')} more.`);
    return 1;
  } catch (error) {
    if (error instanceof AppError) {
      log(error.message);
      return 1;
    }
    throw error;
  }
}
