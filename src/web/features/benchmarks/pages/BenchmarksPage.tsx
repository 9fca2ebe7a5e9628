// External benchmarks: upload a published table of organisations' results (such as the NHS
// Staff Survey's organisation results), then choose a benchmarking group and year to see each
// measure's spread across the group and, if the table holds this organisation's ODS code,
// where it stands. Every figure is in a real table; the standing is in words.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { InsetText } from '../../../components/content.js';
import { FileUpload, TextInput } from '../../../components/forms/fields.js';
import { Form } from '../../../components/forms/Form.js';
import { requireFields, useForm } from '../../../components/forms/useForm.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Table } from '../../../components/Table.js';
import { formatDate } from '../../../lib/dates.js';
import { benchmarkKeys, getSummary, listSets, uploadSet, type BenchmarkSet, type GroupSummary } from '../api/benchmarks-api.js';

const number = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toLocaleString('en-GB', { maximumFractionDigits: 1 }));

function UploadBenchmark({ orgId }: { orgId: string }) {
  const queryClient = useQueryClient();
  const [, setParams] = useSearchParams();
  const form = useForm({
    initialValues: { name: '', source: '', file: null as File | null },
    validate: (v) => [
      ...requireFields(v, { source: 'Enter where the table comes from' }),
      ...(v.file ? (/\.csv$/i.test(v.file.name) ? [] : [{ field: 'file', message: 'The selected file must be a CSV file' }]) : [{ field: 'file', message: 'Select a CSV file' }]),
    ],
    submit: (v) => uploadSet(orgId, v.name.trim(), v.source.trim(), v.file as File),
    onSuccess: (set) => {
      void queryClient.invalidateQueries({ queryKey: benchmarkKeys.all(orgId) });
      setParams({ set: set.id });
    },
    describeError: (error) => (error.errors.length && error.errors[0]!.path.startsWith('row') ? error.errors.map((e) => ({ field: 'file', message: `${e.path[0]!.toUpperCase()}${e.path.slice(1)}: ${e.message}` })) : undefined),
  });
  return (
    <Form form={form} submitLabel="Upload" pendingLabel="Uploading" aria-label="Upload a benchmark table">
      <h2 className="nhsuk-heading-m">Add a benchmark table</h2>
      <TextInput name="name" label="Name (optional)" hint="For example, ‘NHS Staff Survey 2023’." width="two-thirds" />
      <TextInput name="source" label="Where it comes from" hint="Name the publisher and edition, so others can trust the comparison." width="full" />
      <FileUpload name="file" label="The table, as a CSV file" hint="One row per organisation and year, with columns for the ODS code, the year, the benchmarking group and the measures. Nothing is kept unless every row can be read." accept=".csv,text/csv" />
    </Form>
  );
}

function Summary({ summary }: { summary: GroupSummary }) {
  const own = summary.ownFound;
  return (
    <>
      {!own && (
        <InsetText>
          <p>
            {summary.ownCode
              ? `The table has no row for your organisation (${summary.ownCode}) in ${summary.year}, so only the group’s spread is shown.`
              : 'Your organisation has no ODS code set, so only the group’s spread is shown. An administrator can add it in the organisation’s settings.'}
          </p>
        </InsetText>
      )}
      <Table
        caption={`${summary.group}, ${summary.year}: ${summary.organisations} organisations`}
        columns={[
          { header: 'Measure', rowHeader: true, cell: (m) => m.name.replace(/_/g, ' ') },
          ...(own ? [{ header: 'Your organisation', numeric: true, cell: (m: GroupSummary['measures'][number]) => number(m.own) }] : []),
          { header: 'Lowest', numeric: true, cell: (m) => number(m.spread?.min) },
          { header: 'Lower quartile', numeric: true, cell: (m) => number(m.spread?.lowerQuartile) },
          { header: 'Median', numeric: true, cell: (m) => number(m.spread?.median) },
          { header: 'Upper quartile', numeric: true, cell: (m) => number(m.spread?.upperQuartile) },
          { header: 'Highest', numeric: true, cell: (m) => number(m.spread?.max) },
          ...(own ? [{ header: 'Where you stand', cell: (m: GroupSummary['measures'][number]) => m.standing ?? '–' }] : []),
        ]}
        rows={summary.measures}
        rowKey={(m) => m.name}
      />
      <p className="nhsuk-body-s">Quartiles split the group into four equal parts. Whether a higher figure is better depends on the measure: for burnout or stress, lower is better.</p>
    </>
  );
}

function SetView({ orgId, set }: { orgId: string; set: BenchmarkSet }) {
  const [params, setParams] = useSearchParams();
  const choice = params.get('group') ?? `${set.groups[0]?.group ?? ''}|${set.groups[0]?.year ?? ''}`;
  const [group = '', yearText = ''] = choice.split('|');
  const year = Number(yearText);
  const summary = useQuery({ queryKey: benchmarkKeys.summary(orgId, set.id, group, year), queryFn: ({ signal }) => getSummary(orgId, set.id, group, year, signal), enabled: Boolean(group && year) });
  return (
    <>
      <h2 className="nhsuk-heading-m">{set.name}</h2>
      <p className="nhsuk-body-s">
        {set.source}. Uploaded {formatDate(set.uploadedAt.slice(0, 10))}: {set.organisations.toLocaleString('en-GB')} organisations, {set.measures} measures.
      </p>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="benchmark-group">
          Benchmarking group and year
        </label>
        <select className="nhsuk-select" id="benchmark-group" value={choice} onChange={(e) => setParams({ set: set.id, group: e.target.value }, { replace: true })}>
          {set.groups.map((g) => (
            <option key={`${g.group}|${g.year}`} value={`${g.group}|${g.year}`}>
              {g.group || 'No group'}, {g.year} ({g.organisations})
            </option>
          ))}
        </select>
      </div>
      <QueryView query={summary} loading="Working out the spread">
        {(data) => <Summary summary={data} />}
      </QueryView>
    </>
  );
}

export function BenchmarksPage() {
  const orgId = useOrgId();
  const canUpload = useCan('surveys.manage');
  const [params, setParams] = useSearchParams();
  const sets = useQuery({ queryKey: benchmarkKeys.all(orgId), queryFn: ({ signal }) => listSets(orgId, signal).then((r) => r.items) });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <PageHeading>Benchmarks</PageHeading>
        <p className="nhsuk-body-l">Compare with other organisations, using tables they publish, such as the NHS Staff Survey’s organisation results.</p>
        <QueryView query={sets} loading="Loading the benchmark tables">
          {(items) => {
            const chosen = items.find((s) => s.id === params.get('set')) ?? items[0];
            return (
              <>
                {items.length > 1 && (
                  <div className="nhsuk-form-group">
                    <label className="nhsuk-label" htmlFor="benchmark-set">
                      Benchmark table
                    </label>
                    <select className="nhsuk-select" id="benchmark-set" value={chosen?.id ?? ''} onChange={(e) => setParams({ set: e.target.value }, { replace: true })}>
                      {items.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
                {chosen ? <SetView key={chosen.id} orgId={orgId} set={chosen} /> : <p>No benchmark tables have been added yet.</p>}
              </>
            );
          }}
        </QueryView>
        {canUpload && (
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <UploadBenchmark orgId={orgId} />
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
