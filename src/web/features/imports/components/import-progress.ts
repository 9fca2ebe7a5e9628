// Words for an import's progress. The live region gets coarse updates (each quarter and each
// change of stage) so a screen reader is not interrupted twice a second.
import type { ImportRun } from '../api/imports-api.js';

export function progressText(run: Pick<ImportRun, 'status' | 'processedRows' | 'totalRows'>): string {
  const of = run.totalRows > 0 ? ` ${run.processedRows.toLocaleString('en-GB')} of ${run.totalRows.toLocaleString('en-GB')} rows` : '';
  switch (run.status) {
    case 'validating':
      return run.totalRows > 0 ? `Checking the file:${of} checked` : 'Reading the file';
    case 'writing':
      return `Saving the changes:${of} saved`;
    case 'succeeded':
      return 'The file has been imported';
    case 'failed':
      return 'The file was not imported';
  }
}

export function progressPercent(run: Pick<ImportRun, 'processedRows' | 'totalRows'>): number {
  if (run.totalRows <= 0) return 0;
  return Math.min(100, Math.floor((100 * run.processedRows) / run.totalRows));
}

/** What to announce: the stage and the last quarter passed, so it changes at most 4 times a stage. */
export function announcement(run: Pick<ImportRun, 'status' | 'processedRows' | 'totalRows'>): string {
  if (run.status === 'succeeded' || run.status === 'failed') return progressText(run);
  const stage = run.status === 'validating' ? 'Checking the file' : 'Saving the changes';
  const quarter = Math.floor(progressPercent(run) / 25) * 25;
  return run.totalRows > 0 ? `${stage}: ${quarter}% done` : stage;
}
