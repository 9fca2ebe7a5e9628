// A closed survey's heatmap: every unit, with everything below it rolled in, against every
// measure, each score coloured and worded against the whole organisation. It is a real table,
// so screen readers can move by row and column; the sort buttons sit in the column headers.
// Hidden cells say why they are hidden, and carry no figures.
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Table } from '../../../components/Table.js';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { InsetText } from '../../../components/content.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { formatDate } from '../../../lib/dates.js';
import type { Cell, Heatmap, HeatmapRow } from '../api/results-api.js';
import { resultsPath, type HeatmapLevel } from '../api/results-api.js';
import { useHeatmap } from '../api/useResults.js';
import { DownloadLinks } from '../components/DownloadLinks.js';
import { compare, comparisonText, formatScore, HIDDEN_LABELS, hiddenExplanation, sortRows, type SortKey } from '../lib/heatmap-display.js';

function ScoreCell({ cell, organisation }: { cell: Cell; organisation: Cell | undefined }) {
  if (cell.status !== 'shown' || cell.mean === null) {
    return <td className={`nhsuk-table__cell app-heat app-heat--hidden app-heat--${cell.status}`}>{HIDDEN_LABELS[cell.status as Exclude<Cell['status'], 'shown'>]}</td>;
  }
  const org = organisation?.status === 'shown' ? organisation.mean : null;
  const band = compare(cell.mean, org);
  const words = comparisonText(cell.mean, org);
  return (
    <td className={`nhsuk-table__cell nhsuk-table__cell--numeric app-heat app-heat--${band}`}>
      {formatScore(cell.mean)}
      {band !== 'similar' && (
        <span aria-hidden="true" className="app-heat__mark">
          {band.endsWith('higher') ? ' ▲' : ' ▼'}
        </span>
      )}
      {words && <span className="nhsuk-u-visually-hidden">, {words}</span>}
    </td>
  );
}

function SortButton({ label, index, sort, onSort }: { label: string; index: number; sort: SortKey; onSort: (s: SortKey) => void }) {
  const active = sort?.measure === index;
  const next: SortKey = active && sort.direction === 'descending' ? { measure: index, direction: 'ascending' } : { measure: index, direction: 'descending' };
  return (
    <button type="button" className="app-link-button app-sort-button" onClick={() => onSort(next)}>
      {label}
      <span className="nhsuk-u-visually-hidden">, sort {next.direction === 'descending' ? 'highest first' : 'lowest first'}</span>
    </button>
  );
}

function UnitHeader({ row, parentName, flat, unitPath }: { row: HeatmapRow; parentName: string | undefined; flat: boolean; unitPath: string }) {
  return (
    <th scope="row" className={`nhsuk-table__header app-heat__unit${flat ? '' : ` app-depth-${Math.min(row.depth, 6)}`}`}>
      <Link to={`${unitPath}/${encodeURIComponent(row.unitId)}`}>{row.name}</Link>
      {parentName && row.depth > 1 && (flat ? <span className="nhsuk-body-s app-heat__parent"> in {parentName}</span> : <span className="nhsuk-u-visually-hidden">, in {parentName}</span>)}
    </th>
  );
}

function HeatmapTable({ heatmap, unitPath }: { heatmap: Heatmap; unitPath: string }) {
  const [sort, setSort] = useState<SortKey>(null);
  const [announcement, setAnnouncement] = useState('');
  const names = new Map(heatmap.rows.map((r) => [r.unitId, r.name]));
  const organisation = heatmap.rows[0];
  const rows = sortRows(heatmap.rows, sort);
  const onSort = (next: SortKey) => {
    setSort(next);
    if (next) setAnnouncement(`Sorted by ${heatmap.measures[next.measure]!.name}, ${next.direction === 'descending' ? 'highest first' : 'lowest first'}.`);
  };
  return (
    <>
      <div className="app-button-group">
        {sort && (
          <button type="button" className="app-link-button" onClick={() => { setSort(null); setAnnouncement('Back in the order of the organisation’s structure.'); }}>
            Show in the order of the organisation’s structure
          </button>
        )}
      </div>
      <div className="nhsuk-u-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      <div className="nhsuk-scroll">
        <div className="nhsuk-scroll__content app-heat__scroll" role="region" aria-labelledby="heatmap-caption" tabIndex={0}>
          <table className="nhsuk-table app-heatmap">
            <caption className="nhsuk-table__caption nhsuk-table__caption--m" id="heatmap-caption">
              Scores out of 10 by unit
            </caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">Unit</th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">People who answered</th>
                {heatmap.measures.map((m, i) => (
                  <th key={m.id} scope="col" className="nhsuk-table__header nhsuk-table__header--numeric" aria-sort={sort?.measure === i ? sort.direction : 'none'}>
                    <SortButton label={m.name} index={i} sort={sort} onSort={onSort} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {rows.map((row) => (
                <tr key={row.unitId} className={`nhsuk-table__row${row === organisation ? ' app-heat__organisation' : ''}`}>
                  <UnitHeader row={row} parentName={row.parentId ? names.get(row.parentId) : undefined} flat={sort !== null} unitPath={unitPath} />
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{row.respondents === null ? HIDDEN_LABELS[row.respondentStatus as Exclude<Cell['status'], 'shown'>] : row.respondents.toLocaleString('en-GB')}</td>
                  {row.cells.map((cell, i) => (
                    <ScoreCell key={heatmap.measures[i]!.id} cell={cell} organisation={organisation?.cells[i]} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}

function Legend({ threshold }: { threshold: number }) {
  return (
    <>
      <h2 className="nhsuk-heading-m">Reading the table</h2>
      <p>Each score is out of 10, as in the NHS Staff Survey: answers are spread evenly from 0 for the least positive to 10 for the most. A unit’s score includes every unit below it.</p>
      <ul className="app-heat-legend">
        <li><span className="app-heat app-heat--much-higher">7.6 ▲</span> 0.5 or more above the whole organisation</li>
        <li><span className="app-heat app-heat--higher">7.3 ▲</span> 0.2 to 0.5 above</li>
        <li><span className="app-heat app-heat--similar">7.1</span> within 0.2 of the organisation</li>
        <li><span className="app-heat app-heat--lower">6.8 ▼</span> 0.2 to 0.5 below</li>
        <li><span className="app-heat app-heat--much-lower">6.4 ▼</span> 0.5 or more below</li>
      </ul>
      <dl className="nhsuk-summary-list nhsuk-summary-list--no-border">
        <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">Too few</dt><dd className="nhsuk-summary-list__value">{hiddenExplanation('too_few', threshold)}</dd></div>
        <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">Hidden</dt><dd className="nhsuk-summary-list__value">{hiddenExplanation('protects_another', threshold)}</dd></div>
        <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">–</dt><dd className="nhsuk-summary-list__value">{hiddenExplanation('none', threshold)}</dd></div>
      </dl>
    </>
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
              <Legend threshold={data.survey.anonymityThreshold} />
              {level === 'measures' && <Reliability heatmap={data} />}
            </>
          )}
        </QueryView>
      </div>
    </div>
  );
}
