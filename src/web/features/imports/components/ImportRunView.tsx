// One import, polled every 500 ms while it runs: a progress bar, a live status line, then
// either the problems found (nothing was changed) or what was created and updated.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryView } from '../../../app/QueryView.js';
import { SuccessBanner } from '../../../components/content.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SummaryList } from '../../../components/SummaryList.js';
import { Table } from '../../../components/Table.js';
import { fetchImport, importKey, isRunning, type ImportProblem, type ImportRun } from '../api/imports-api.js';
import { announcement, progressPercent, progressText } from './import-progress.js';

const SHOWN = 100;
const KIND_NAMES = { units: 'organisation structure', staff: 'staff list' } as const;

function ProblemTable({ problems, total, caption }: { problems: ImportProblem[]; total: number; caption: string }) {
  const shown = problems.slice(0, SHOWN);
  return (
    <>
      <Table
        caption={caption}
        columns={[
          { header: 'Row', cell: (p: ImportProblem) => p.row, numeric: true },
          { header: 'Column', cell: (p) => p.column || 'Whole row' },
          { header: 'Problem', cell: (p) => p.message },
        ]}
        rows={shown}
        rowKey={(p) => `${p.row}|${p.column}|${p.message}`}
      />
      {total > shown.length && (
        <p>
          Showing the first {shown.length.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} problems. Fix these, then upload the file again to see any
          others.
        </p>
      )}
    </>
  );
}

function Running({ run }: { run: ImportRun }) {
  return (
    <>
      <label className="nhsuk-label" htmlFor="import-progress">
        Import progress
      </label>
      <progress id="import-progress" className="app-progress" max={100} value={progressPercent(run)} aria-describedby="import-progress-text">
        {progressPercent(run)}%
      </progress>
      <p id="import-progress-text">{progressText(run)}</p>
    </>
  );
}

function Failed({ run }: { run: ImportRun }) {
  return (
    <>
      <ErrorSummary problems={[]} title="The file was not imported. Nothing was changed.">
        <p>
          {run.message ??
            `There ${run.errorCount === 1 ? 'is 1 problem' : `are ${run.errorCount.toLocaleString('en-GB')} problems`} in the file. Fix the file, then upload it again.`}
        </p>
      </ErrorSummary>
      {run.errors.length > 0 && <ProblemTable problems={run.errors} total={Math.max(run.errorCount, run.errors.length)} caption="Problems in the file" />}
    </>
  );
}

function Succeeded({ run, orgId }: { run: ImportRun; orgId: string }) {
  const warnings = run.warnings ?? [];
  return (
    <>
      <SuccessBanner>
        The {KIND_NAMES[run.kind]} has been imported: {run.created.toLocaleString('en-GB')} created and {run.updated.toLocaleString('en-GB')} updated.
      </SuccessBanner>
      <SummaryList
        rows={[
          { key: 'Rows in the file', value: run.totalRows.toLocaleString('en-GB') },
          { key: 'Created', value: run.created.toLocaleString('en-GB') },
          { key: 'Updated', value: run.updated.toLocaleString('en-GB') },
        ]}
      />
      {warnings.length > 0 && <ProblemTable problems={warnings} total={Math.max(run.warningCount ?? 0, warnings.length)} caption="Things to check" />}
      <p>
        <Link to={`/organisations/${orgId}/${run.kind === 'units' ? 'units' : 'staff'}`}>See the {KIND_NAMES[run.kind]}</Link>
      </p>
    </>
  );
}

export function ImportRunView({ orgId, importId }: { orgId: string; importId: string }) {
  const query = useQuery({
    queryKey: importKey(orgId, importId),
    queryFn: ({ signal }) => fetchImport(orgId, importId, signal),
    refetchInterval: (q) => (isRunning(q.state.data?.status) ? 500 : false),
    staleTime: 0,
  });
  return (
    <QueryView query={query} loading="Loading the import">
      {(run) => (
        <>
          <PageHeading title="Import" caption={`Importing the ${KIND_NAMES[run.kind]}`}>
            <span className="app-break-anywhere">{run.fileName}</span>
          </PageHeading>
          {/* Coarse updates only: see import-progress.ts. */}
          <p className="nhsuk-u-visually-hidden" role="status" aria-live="polite">
            {announcement(run)}
          </p>
          {isRunning(run.status) && <Running run={run} />}
          {run.status === 'failed' && <Failed run={run} />}
          {run.status === 'succeeded' && <Succeeded run={run} orgId={orgId} />}
          {!isRunning(run.status) && (
            <p>
              <Link to={`/organisations/${orgId}/import`}>Import another file</Link>
            </p>
          )}
        </>
      )}
    </QueryView>
  );
}
