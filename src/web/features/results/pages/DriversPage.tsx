// Key drivers: pick an outcome (engagement, intention to stay, or any measure) and see which
// measures and statements move most closely with it across the organisation, as a ranked chart
// with the figures in a table, the regression's R² in words, and a plain warning that this
// shows association, not cause.
import { useRef } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { WarningCallout } from '../../../components/content.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Table } from '../../../components/Table.js';
import { resultsPath, type DriverRow, type Drivers } from '../api/results-api.js';
import { DownloadLinks } from '../components/DownloadLinks.js';
import { useDrivers, useHeatmap } from '../api/useResults.js';
import { DriversChart } from '../components/DriversChart.js';
import { ChartDownloads } from '../../../components/ChartDownloads.js';

const interval = (d: DriverRow) => (d.ciLow === null || d.ciHigh === null ? '–' : `${d.ciLow.toFixed(2)} to ${d.ciHigh.toFixed(2)}`);

function DriversTable({ caption, rows }: { caption: string; rows: DriverRow[] }) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      columns={[
        { header: 'Measure', rowHeader: true, cell: (d) => d.name },
        { header: 'Correlation (r)', numeric: true, cell: (d) => (d.r === null ? 'Too few' : d.r.toFixed(2)) },
        { header: '95% interval', numeric: true, cell: interval },
        { header: 'People', numeric: true, cell: (d) => (d.n === null ? '–' : d.n.toLocaleString('en-GB')) },
      ]}
      rows={rows}
      rowKey={(d) => d.id}
    />
  );
}

function DriversView({ data, orgId }: { data: Drivers; orgId: string }) {
  const chart = useRef<SVGSVGElement>(null);
  const [, setParams] = useSearchParams();
  const r2 = data.regression;
  return (
    <>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="outcome">
          Outcome
        </label>
        <select className="nhsuk-select" id="outcome" value={data.outcome.id} onChange={(e) => setParams({ outcome: e.target.value }, { replace: true })}>
          {data.outcomes.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <WarningCallout heading="Association, not cause">
        <p>{data.caveat}</p>
      </WarningCallout>
      {data.suppressed ? (
        <p>Fewer than {data.survey.anonymityThreshold} people answered about {data.outcome.name}, so nothing is shown.</p>
      ) : (
        <>
          <div className="app-chart-frame" role="region" aria-label="Chart of the correlations" tabIndex={0}>
            <DriversChart ref={chart} rows={data.measures} outcome={data.outcome.name.toLowerCase()} />
          </div>
          <ChartDownloads chart={chart} fileName={`drivers-of-${data.outcome.id}`} />
          {r2 && (
            <p>
              Taken together, the measures account for {Math.round(r2.r2 * 100)}% of the differences between people in {data.outcome.name.toLowerCase()} (R² = {r2.r2.toFixed(2)}, from{' '}
              {r2.n.toLocaleString('en-GB')} people who answered them all).
            </p>
          )}
          <DriversTable caption={`Measures and ${data.outcome.name.toLowerCase()}, strongest first`} rows={data.measures} />
          {data.items.length > 0 && <DriversTable caption={`Statements and ${data.outcome.name.toLowerCase()}, strongest first`} rows={data.items} />}
          <DownloadLinks path={resultsPath(orgId, data.survey.id, '/drivers')} query={`&outcome=${encodeURIComponent(data.outcome.id)}`} what="these tables" />
          <p className="nhsuk-body-s">
            A correlation runs from −1 to 1: 0 means no relationship, 1 that the two always rise and fall together. The interval shows the range the true value is likely to lie in.
          </p>
        </>
      )}
    </>
  );
}

export function DriversPage() {
  const orgId = useOrgId();
  const { surveyId = '' } = useParams();
  const [params] = useSearchParams();
  const heatmap = useHeatmap(orgId, surveyId);
  const fallback = heatmap.data?.measures.find((m) => m.framework === 'outcome')?.id ?? heatmap.data?.measures[0]?.id ?? '';
  const outcome = params.get('outcome') ?? fallback;
  const drivers = useDrivers(orgId, surveyId, outcome);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/organisations/${orgId}/surveys/${surveyId}/results`}>Back to results by unit</BackLink>
        <PageHeading caption={heatmap.data?.survey.title} title="Key drivers">
          What goes with {heatmap.data?.measures.find((m) => m.id === outcome)?.name.toLowerCase() ?? 'the outcome'}
        </PageHeading>
        {outcome ? (
          <QueryView query={drivers} loading="Working out the drivers">
            {(data) => <DriversView data={data} orgId={orgId} />}
          </QueryView>
        ) : (
          <QueryView query={heatmap} loading="Loading the results">
            {() => <p>This survey has no measures to relate to each other.</p>}
          </QueryView>
        )}
      </div>
    </div>
  );
}
