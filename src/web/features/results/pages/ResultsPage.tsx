// A closed survey's heatmap: every unit, with everything below it rolled in, against every
// measure, each score coloured and worded against the whole organisation (ScoreTable), with
// how to read it, how consistent each measure is, and the ways on to breakdowns, drivers and
// comments.
import { Link, useParams, useSearchParams } from 'react-router';
import { Table } from '../../../components/Table.js';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { InsetText } from '../../../components/content.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { formatDate } from '../../../lib/dates.js';
import type { Heatmap, HeatmapRow } from '../api/results-api.js';
import { resultsPath, type HeatmapLevel } from '../api/results-api.js';
import { useHeatmap } from '../api/useResults.js';
import { DownloadLinks } from '../components/DownloadLinks.js';
import { ScoreTable } from '../components/ScoreTable.js';
import { ScoreLegend } from '../components/ScoreLegend.js';

function UnitHeader({ row, parentName, flat, unitPath }: { row: HeatmapRow; parentName: string | undefined; flat: boolean; unitPath: string }) {
  return (
    <th scope="row" className={`nhsuk-table__header app-heat__unit${flat ? '' : ` app-depth-${Math.min(row.depth, 6)}`}`}>
      <Link to={`${unitPath}/${encodeURIComponent(row.unitId)}`}>{row.name}</Link>
      {parentName && row.depth > 1 && (flat ? <span className="nhsuk-body-s app-heat__parent"> in {parentName}</span> : <span className="nhsuk-u-visually-hidden">, in {parentName}</span>)}
    </th>
  );
}

function HeatmapTable({ heatmap, unitPath }: { heatmap: Heatmap; unitPath: string }) {
  const names = new Map(heatmap.rows.map((r) => [r.unitId, r.name]));
  return (
    <ScoreTable
      id="heatmap"
      caption="Scores out of 10 by unit"
      rowsAre="Unit"
      measures={heatmap.measures}
      rows={heatmap.rows.map((r) => ({ ...r, key: r.unitId }))}
      header={(row, sorted) => <UnitHeader row={row} parentName={row.parentId ? names.get(row.parentId) : undefined} flat={sorted} unitPath={unitPath} />}
      referenceName="the organisation"
      unsortLabel="Show in the order of the organisation’s structure"
    />
  );
}

/** Cronbach's alpha for each measure of more than one statement, with a plain reading. */
function Reliability({ heatmap }: { heatmap: Heatmap }) {
  const rows = heatmap.measures.filter((m) => m.alpha);
  if (!rows.length) return null;
  const reading = (a: number) => (a >= 0.8 ? 'Good: its statements hang together well' : a >= 0.7 ? 'Acceptable' : 'Low: its statements may be measuring different things');
  return (
    <>
      <h2 className="nhsuk-heading-m">How consistent each measure is</h2>
      <p>Cronbach’s alpha shows how well a measure’s statements agree with each other across everyone who answered them all: 0.7 or more is usually taken as acceptable.</p>
      <Table
        caption="Cronbach’s alpha by measure"
        captionHidden
        columns={[
          { header: 'Measure', rowHeader: true, cell: (m) => m.name },
          { header: 'Statements', numeric: true, cell: (m) => m.items },
          { header: 'Alpha', numeric: true, cell: (m) => m.alpha!.raw.toFixed(2) },
          { header: 'Standardised', numeric: true, cell: (m) => (m.alpha!.standardised === null ? '–' : m.alpha!.standardised.toFixed(2)) },
          { header: 'Reading', cell: (m) => reading(m.alpha!.raw) },
        ]}
        rows={rows}
        rowKey={(m) => m.id}
      />
    </>
  );
}

export function ResultsPage() {
  const orgId = useOrgId();
  const { surveyId = '' } = useParams();
  const [params] = useSearchParams();
  const level: HeatmapLevel = params.get('level') === 'items' ? 'items' : 'measures';
  const heatmap = useHeatmap(orgId, surveyId, level);
  const surveyPath = `/organisations/${orgId}/surveys/${surveyId}`;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink to={surveyPath}>Back to the survey</BackLink>
        <QueryView query={heatmap} loading="Loading the results">
          {(data) => (
            <>
              <PageHeading caption={data.survey.title} title={`Results: ${data.survey.title}`}>
                Results by unit
              </PageHeading>
              <InsetText>
                <p>
                  Closed on {formatDate(data.survey.closedAt.slice(0, 10))}. Results are shown only for groups of at least {data.survey.anonymityThreshold} people, and some larger
                  groups are hidden as well, so that nobody’s answers can be worked out by comparing figures.
                </p>
              </InsetText>
              <p>
                <Link to={`${surveyPath}/results/breakdown`}>Break the results down by pay band, staff group and other groups</Link>
              </p>
              {data.measures.length > 1 && (
                <p>
                  <Link to={`${surveyPath}/results/drivers`}>See what goes with engagement and the other measures (key drivers)</Link>
                </p>
              )}
              {data.hasComments && (
                <p>
                  <Link to={`${surveyPath}/results/comments`}>Read and code the comments</Link>
                </p>
              )}
              <nav className="app-level-switch" aria-label="What the columns show">
                {level === 'measures' ? <strong>Measures</strong> : <Link to="?level=measures">Measures</Link>}
                {' | '}
                {level === 'items' ? <strong>Each statement</strong> : <Link to="?level=items">Each statement</Link>}
              </nav>
              <HeatmapTable key={level} heatmap={data} unitPath={`${surveyPath}/results/units`} />
              <DownloadLinks path={resultsPath(orgId, surveyId, '/heatmap')} query={`&level=${level}`} what="this table" />
              <ScoreLegend threshold={data.survey.anonymityThreshold} reference="the whole organisation" />
              {level === 'measures' && <Reliability heatmap={data} />}
            </>
          )}
        </QueryView>
      </div>
    </div>
  );
}
