// One metric of the dashboard: its SPC chart for the organisation or a unit, with the icons in
// words and the figures as a table; the units side by side; and, for those who keep the
// dashboard, a value entered by hand and the target and benchmark it is read against.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { API_BASE } from '../../../api/client.js';
import { SuccessBanner } from '../../../components/content.js';
import { TextInput } from '../../../components/forms/fields.js';
import { Form } from '../../../components/forms/Form.js';
import { requireFields, useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Table } from '../../../components/Table.js';
import { useState } from 'react';
import { dashboardKeys, enterValue, getSeries, getUnitsComparison, metricsPath, saveSettings, type MetricSeries } from '../api/dashboard-api.js';
import { SpcPanel } from '../components/SpcPanel.js';
import { describeVariation, formatNumber } from '../lib/spc-words.js';

const number = (v: string) => (v.trim() === '' ? null : Number(v.trim()));

function EnterValue({ orgId, data }: { orgId: string; data: MetricSeries }) {
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm({
    initialValues: { period: '', value: '' },
    validate: (v) => requireFields(v, { period: 'Enter the period, such as 2025-04', value: 'Enter the value' }),
    submit: (v) => enterValue(orgId, data.metric.key, { unitId: data.unit.unitId === 'organisation' ? null : data.unit.unitId, period: v.period, value: v.value }),
    onSuccess: (_r, v) => {
      setSaved(`Saved ${v.value} for ${v.period}.`);
      form.reset({ period: '', value: '' });
      void queryClient.invalidateQueries({ queryKey: dashboardKeys.all(orgId) });
    },
  });
  return (
    <Form form={form} submitLabel="Save the value" pendingLabel="Saving" aria-label="Enter a value">
      <h2 className="nhsuk-heading-m">Enter a value</h2>
      {saved && <SuccessBanner>{saved}</SuccessBanner>}
      <p>A value for a period that already has one replaces it.</p>
      <TextInput name="period" label="Period" hint="A month such as 2025-04, a quarter such as 2025-Q2, or a year such as 2025" width="10" />
      <TextInput name="value" label={`Value (${data.metric.unitLabel})`} width="10" inputMode="decimal" />
    </Form>
  );
}

function TargetForm({ orgId, data }: { orgId: string; data: MetricSeries }) {
  const queryClient = useQueryClient();
  const s = data.settings;
  const form = useForm({
    initialValues: { target: s.target === null ? '' : String(s.target), benchmark: s.benchmark === null ? '' : String(s.benchmark), benchmarkLabel: s.benchmarkLabel ?? '' },
    validate: (v) =>
      (['target', 'benchmark'] as const).flatMap((f) => (v[f].trim() !== '' && !Number.isFinite(Number(v[f])) ? [{ field: f, message: `Enter the ${f} as a number, or leave it blank` }] : [])),
    submit: (v) => saveSettings(orgId, data.metric.key, { target: number(v.target), benchmark: number(v.benchmark), benchmarkLabel: v.benchmarkLabel.trim() || null, version: s.version }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: dashboardKeys.all(orgId) }),
  });
  return (
    <Form form={form} submitLabel="Save target and benchmark" pendingLabel="Saving" aria-label="Target and benchmark" submitVariant="secondary">
      <h2 className="nhsuk-heading-m">Target and benchmark</h2>
      <TextInput name="target" label={`Target (${data.metric.unitLabel})`} hint="Leave blank for none. The assurance icon compares it with the chart’s limits." width="10" inputMode="decimal" />
      <TextInput name="benchmark" label={`Benchmark (${data.metric.unitLabel})`} hint="For example, the England average. Leave blank for none." width="10" inputMode="decimal" />
      <TextInput name="benchmarkLabel" label="Where the benchmark comes from" width="two-thirds" />
    </Form>
  );
}

function UnitsTable({ orgId, metricKey }: { orgId: string; metricKey: string }) {
  const units = useQuery({ queryKey: dashboardKeys.units(orgId, metricKey), queryFn: ({ signal }) => getUnitsComparison(orgId, metricKey, signal) });
  return (
    <QueryView query={units} loading="Loading the units">
      {(data) =>
        data.rows.length > 1 ? (
          <Table
            caption="By unit"
            columns={[
              { header: 'Unit', rowHeader: true, cell: (r) => <Link to={`?unit=${encodeURIComponent(r.unitId)}`}>{r.name}</Link> },
              { header: 'Latest', numeric: true, cell: (r) => (r.latest ? `${formatNumber(r.latest.value, 2)} (${r.latest.period})` : '–') },
              { header: 'Points', numeric: true, cell: (r) => r.points },
              { header: 'Variation', cell: (r) => (r.variation ? describeVariation(r.variation, data.metric.direction) : 'Too few points') },
            ]}
            rows={data.rows}
            rowKey={(r) => r.unitId}
          />
        ) : null
      }
    </QueryView>
  );
}

function MetricView({ orgId, data }: { orgId: string; data: MetricSeries }) {
  const canEdit = useCan('metrics.write');
  const unitQuery = data.unit.unitId === 'organisation' ? '' : `&unit=${encodeURIComponent(data.unit.unitId)}`;
  return (
    <>
      <PageHeading caption={data.unit.name} title={`${data.metric.name}: ${data.unit.name}`}>
        {data.metric.name}
      </PageHeading>
      <p>{data.metric.description}</p>
      <p className="nhsuk-body-s">
        Source: {data.metric.source}. {data.metric.direction === 'increase' ? 'Higher is better.' : data.metric.direction === 'decrease' ? 'Lower is better.' : 'Neither higher nor lower is better in itself.'}
      </p>
      {data.spc && data.values.length > 0 ? (
        <SpcPanel title={`${data.metric.name}, ${data.unit.name}`} unitLabel={data.metric.unitLabel} periods={data.periods} result={data.spc} fileName={`${data.metric.key}-${data.unit.name}`} gaps={data.gaps} />
      ) : (
        <p>There are no values yet{canEdit ? ': enter one below or import a file.' : '.'}</p>
      )}
      <p>
        Download the figures: <a href={`${API_BASE}${metricsPath(orgId, `/${data.metric.key}/export`)}?format=xlsx${unitQuery}`} download>Excel (XLSX)</a> or{' '}
        <a href={`${API_BASE}${metricsPath(orgId, `/${data.metric.key}/export`)}?format=csv${unitQuery}`} download>CSV</a>.
      </p>
      <UnitsTable orgId={orgId} metricKey={data.metric.key} />
      {canEdit && (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <EnterValue key={`${data.metric.key}/${data.unit.unitId}`} orgId={orgId} data={data} />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <TargetForm key={`${data.metric.key}/${data.settings.version}`} orgId={orgId} data={data} />
          </div>
        </div>
      )}
    </>
  );
}

export function MetricPage() {
  const orgId = useOrgId();
  const { metricKey = '' } = useParams();
  const [params] = useSearchParams();
  const unit = params.get('unit') ?? '';
  const series = useQuery({ queryKey: dashboardKeys.series(orgId, metricKey, unit), queryFn: ({ signal }) => getSeries(orgId, metricKey, unit, signal) });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink to={`/organisations/${orgId}/dashboard${unit ? `?unit=${encodeURIComponent(unit)}` : ''}`}>Back to the dashboard</BackLink>
        <QueryView query={series} loading="Loading the metric">
          {(data) => <MetricView orgId={orgId} data={data} />}
        </QueryView>
      </div>
    </div>
  );
}
