// The culture and outcomes dashboard as a board reads it: under each cultural element, every
// metric with its latest value, what its SPC chart says (variation and assurance, as icons and
// in words), its target and benchmark. One real table per element, so it reads by row and
// column; the metrics with no values yet are listed apart, so the gaps in the evidence show.
import { useQuery } from '@tanstack/react-query';
import { TableScroll } from '../../../components/TableScroll.js';
import { Link, useSearchParams } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { ButtonLink } from '../../../components/Button.js';
import { Details } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { API_BASE } from '../../../api/client.js';
import { useUnits } from '../../units/api/useUnits.js';
import { dashboardKeys, getDashboard, metricsPath, type Dashboard, type MetricCard } from '../api/dashboard-api.js';
import { AssuranceIcon, VariationIcon } from '../components/SpcIcons.js';
import { describeAssurance, describeVariation, formatNumber } from '../lib/spc-words.js';

const valueText = (value: number, unitLabel: string) => (unitLabel === '%' ? `${formatNumber(value, 2)}%` : `${formatNumber(value, 2)} ${unitLabel}`);

function ElementTable({ name, metrics, orgId, unit }: { name: string; metrics: MetricCard[]; orgId: string; unit: string }) {
  const withData = metrics.filter((m) => m.points > 0);
  const empty = metrics.filter((m) => m.points === 0);
  const link = (m: MetricCard) => `/organisations/${orgId}/dashboard/${encodeURIComponent(m.key)}${unit ? `?unit=${encodeURIComponent(unit)}` : ''}`;
  return (
    <section className="app-dashboard-element" aria-label={name}>
      <h2 className="nhsuk-heading-m">{name}</h2>
      {withData.length > 0 ? (
        <TableScroll label={`${name}: metrics`}>
          <table className="nhsuk-table app-dashboard-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{name}: metrics</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">Metric</th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Latest</th>
                <th scope="col" className="nhsuk-table__header">Variation</th>
                <th scope="col" className="nhsuk-table__header">Assurance</th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Target</th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Benchmark</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {withData.map((m) => (
                <tr key={m.key} className="nhsuk-table__row">
                  <th scope="row" className="nhsuk-table__header">
                    <Link to={link(m)}>{m.name}</Link>
                  </th>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {valueText(m.latest!.value, m.unitLabel)}
                    <span className="nhsuk-body-s app-dashboard-period"> {m.latest!.period}</span>
                  </td>
                  <td className="nhsuk-table__cell">
                    {m.variation ? (
                      <span className="app-spc-inline">
                        <VariationIcon type={m.variation} direction={m.direction} size={28} decorative />
                        <span>{describeVariation(m.variation, m.direction)}</span>
                      </span>
                    ) : (
                      <span className="nhsuk-body-s">{m.points} {m.points === 1 ? 'point' : 'points'}: a chart needs 13</span>
                    )}
                  </td>
                  <td className="nhsuk-table__cell">
                    {m.assurance ? (
                      <span className="app-spc-inline">
                        <AssuranceIcon icon={m.assurance} size={28} decorative />
                        <span>{describeAssurance(m.assurance)}</span>
                      </span>
                    ) : (
                      <span className="nhsuk-body-s">{m.target === null ? 'No target set' : 'Not enough points yet'}</span>
                    )}
                  </td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{m.target === null ? '–' : valueText(m.target, m.unitLabel)}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {m.benchmark === null ? '–' : valueText(m.benchmark, m.unitLabel)}
                    {m.benchmarkLabel && <span className="nhsuk-body-s app-dashboard-period"> {m.benchmarkLabel}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>No values yet for this element.</p>
      )}
      {empty.length > 0 && (
        <Details summary={`${empty.length} ${empty.length === 1 ? 'metric' : 'metrics'} with no values yet`}>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {empty.map((m) => (
              <li key={m.key}>
                <Link to={link(m)}>{m.name}</Link>
              </li>
            ))}
          </ul>
        </Details>
      )}
    </section>
  );
}

function DashboardView({ data, orgId, unit }: { data: Dashboard; orgId: string; unit: string }) {
  const query = unit ? `&unit=${encodeURIComponent(unit)}` : '';
  return (
    <>
      {data.elements.map((e) => (
        <ElementTable key={e.key} name={e.name} metrics={e.metrics} orgId={orgId} unit={unit} />
      ))}
      <p>
        Download this dashboard: <a href={`${API_BASE}${metricsPath(orgId, '/dashboard/export')}?format=xlsx${query}`} download>Excel (XLSX)</a> or{' '}
        <a href={`${API_BASE}${metricsPath(orgId, '/dashboard/export')}?format=csv${query}`} download>CSV</a>.
      </p>
    </>
  );
}

export function DashboardPage() {
  const orgId = useOrgId();
  const canEdit = useCan('metrics.write');
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit') ?? '';
  const units = useUnits(orgId);
  const dashboard = useQuery({ queryKey: dashboardKeys.dashboard(orgId, unit), queryFn: ({ signal }) => getDashboard(orgId, unit, signal) });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <PageHeading title="Culture and outcomes dashboard">Culture and outcomes dashboard</PageHeading>
        <p className="nhsuk-lede-text">What the organisation’s own figures say about its culture, under each cultural element, judged the way NHS boards read data: with statistical process control.</p>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="dashboard-unit">
            Show the figures for
          </label>
          <select className="nhsuk-select" id="dashboard-unit" value={unit} onChange={(e) => setParams(e.target.value ? { unit: e.target.value } : {}, { replace: true })}>
            <option value="">Whole organisation</option>
            {(units.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        {canEdit && (
          <ButtonLink to={`/organisations/${orgId}/dashboard/import`} variant="secondary">
            Import values
          </ButtonLink>
        )}
        <QueryView query={dashboard} loading="Loading the dashboard">
          {(data) => <DashboardView data={data} orgId={orgId} unit={unit} />}
        </QueryView>
        <Details summary="How to read the icons">
          <p>
            Each chart is an XmR chart after NHS England’s <i>Making Data Count</i>. <strong>Variation</strong> says what the latest point shows: common cause (the usual ups and downs) or a special
            cause (a point beyond the limits, a run of 6 on one side of the average, 6 rising or falling, or 2 of 3 near a limit), coloured blue for improvement and orange for concern.{' '}
            <strong>Assurance</strong> compares the target with the limits: if the target lies outside them, the process will consistently meet it or consistently miss it; if inside, it may or may not.
            With 12 or fewer points there are no limits, so no icons.
          </p>
        </Details>
      </div>
    </div>
  );
}
