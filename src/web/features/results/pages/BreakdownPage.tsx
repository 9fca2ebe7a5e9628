// Results by group: one unit (with everything below it) broken down by pay band, staff group
// or a demographic question, against every measure or statement; then the unit's teams
// crossed with the same groups, as head counts or one measure's scores. Every table opened
// is recorded, and each new one is protected against all before it, which the page explains
// so that a cell hidden here but not elsewhere makes sense.
import { Link, useParams, useSearchParams } from 'react-router';
import { TableScroll } from '../../../components/TableScroll.js';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { InsetText } from '../../../components/content.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import type { Breakdown, BreakdownOptions, Cell, CrossTab, Heatmap, HeatmapLevel } from '../api/results-api.js';
import { queryString, resultsPath } from '../api/results-api.js';
import { useBreakdown, useBreakdownOptions, useCrossTab, useHeatmap } from '../api/useResults.js';
import { DownloadLinks } from '../components/DownloadLinks.js';
import { ScoreLegend } from '../components/ScoreLegend.js';
import { ScoreTable } from '../components/ScoreTable.js';
import { formatScore, HIDDEN_LABELS } from '../lib/heatmap-display.js';

function Choice({ id, label, hint, value, options, onChange }: { id: string; label: string; hint?: string | null; value: string; options: { value: string; label: string }[]; onChange: (v: string) => void }) {
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <select className="nhsuk-select" id={id} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Units as options, each named with where it sits, in the heatmap's order. */
function unitOptions(heatmap: Heatmap) {
  const names = new Map(heatmap.rows.map((r) => [r.unitId, r.name]));
  return heatmap.rows.map((r) => ({ value: r.unitId, label: r.parentId && r.depth > 1 ? `${r.name} (in ${names.get(r.parentId)})` : r.name }));
}

const cellText = (cell: Cell, asScore: boolean) =>
  cell.status !== 'shown' ? HIDDEN_LABELS[cell.status as Exclude<Cell['status'], 'shown'>] : asScore ? formatScore(cell.mean!) : cell.n!.toLocaleString('en-GB');

function CrossTabTable({ data }: { data: CrossTab }) {
  const asScore = data.measure !== null;
  const caption = `${data.unit.name}’s teams by ${data.dimension.name.toLowerCase()}: ${asScore ? `${data.measure!.name}, score out of 10` : 'people who answered'}`;
  return (
    <TableScroll labelledBy="crosstab-caption">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s" id="crosstab-caption">
          {caption}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Unit</th>
            {data.columns.map((c) => (
              <th key={c} scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {data.rows.map((r) => (
            <tr key={r.unitId} className={`nhsuk-table__row${r.isTotal ? ' app-heat__organisation' : ''}`}>
              <th scope="row" className="nhsuk-table__header">
                {r.name}
                {r.isTotal && <span className="nhsuk-u-visually-hidden"> (all its teams together)</span>}
              </th>
              {(r.cells ?? r.respondents).map((cell, i) => (
                <td key={data.columns[i]} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                  {cellText(cell, asScore)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function BreakdownTable({ data }: { data: Breakdown }) {
  return (
    <ScoreTable
      id="breakdown"
      caption={`${data.unit.name} by ${data.dimension.name.toLowerCase()}: scores out of 10`}
      rowsAre={data.dimension.name}
      measures={data.measures}
      rows={data.rows.map((r) => ({ ...r, key: r.name }))}
      header={(row) => (
        <th scope="row" className="nhsuk-table__header">
          {row.name}
        </th>
      )}
      referenceName={`everyone in ${data.unit.name}`}
      unsortLabel="Show the groups in their usual order"
    />
  );
}

function Breakdowns({ options, heatmap, orgId }: { options: BreakdownOptions; heatmap: Heatmap; orgId: string }) {
  const [params, setParams] = useSearchParams();
  const surveyId = options.survey.id;
  const dimensions = options.dimensions;
  const by = dimensions.some((d) => d.id === params.get('by')) ? params.get('by')! : (dimensions[0]?.id ?? '');
  const unit = heatmap.rows.some((r) => r.unitId === params.get('unit')) ? params.get('unit')! : heatmap.rows[0]!.unitId;
  const level: HeatmapLevel = params.get('level') === 'items' ? 'items' : 'measures';
  const show = options.measures.some((m) => m.id === params.get('show')) ? params.get('show')! : '';
  const hasTeams = heatmap.rows.some((r) => r.parentId === unit);
  const breakdown = useBreakdown(orgId, surveyId, by ? { by, unit, level } : null);
  const crossTab = useCrossTab(orgId, surveyId, by && hasTeams ? { by, unit, measure: show } : null);
  const set = (change: Record<string, string>) => setParams({ by, unit, level, show, ...change }, { replace: true });
  const dimension = dimensions.find((d) => d.id === by);
  const unitName = heatmap.rows.find((r) => r.unitId === unit)!.name;

  if (!dimension) {
    return <p>This survey cannot be broken down by group: it asked no questions about people, and its audience’s pay bands and staff groups were too small to keep.</p>;
  }
  return (
    <>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <Choice id="by" label="Break down by" hint={dimension.question ? `Asked: “${dimension.question}”` : 'From the staff record when the survey opened'} value={by} options={dimensions.map((d) => ({ value: d.id, label: d.name }))} onChange={(v) => set({ by: v })} />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <Choice id="unit" label="For" value={unit} options={unitOptions(heatmap)} onChange={(v) => set({ unit: v })} />
        </div>
      </div>
      <nav className="app-level-switch" aria-label="What the columns show">
        {level === 'measures' ? <strong>Measures</strong> : <Link to={`?${queryString({ by, unit, level: 'measures', show })}`}>Measures</Link>}
        {' | '}
        {level === 'items' ? <strong>Each statement</strong> : <Link to={`?${queryString({ by, unit, level: 'items', show })}`}>Each statement</Link>}
      </nav>
      <QueryView query={breakdown} loading="Working out the breakdown">
        {(data) => (
          <>
            <BreakdownTable key={`${data.dimension.id}/${data.unit.unitId}/${data.level}`} data={data} />
            <DownloadLinks path={resultsPath(orgId, surveyId, '/breakdown')} query={`&${queryString({ by, unit, level })}`} what="this breakdown" />
          </>
        )}
      </QueryView>

      <h2 className="nhsuk-heading-m">{unitName}’s teams by {dimension.name.toLowerCase()}</h2>
      {hasTeams ? (
        <>
          <Choice id="show" label="Show" value={show} options={[{ value: '', label: 'People who answered' }, ...options.measures.map((m) => ({ value: m.id, label: `${m.name} (score out of 10)` }))]} onChange={(v) => set({ show: v })} />
          <QueryView query={crossTab} loading="Working out the table">
            {(data) => (
              <>
                <CrossTabTable data={data} />
                <DownloadLinks path={resultsPath(orgId, surveyId, '/crosstab')} query={`&${queryString({ by, unit, measure: show })}`} what="this team table" />
              </>
            )}
          </QueryView>
        </>
      ) : (
        <p>{unitName} has no teams below it to compare.</p>
      )}
      <ScoreLegend threshold={options.survey.anonymityThreshold} reference={`everyone in ${unitName}`} place="group" />
    </>
  );
}

export function BreakdownPage() {
  const orgId = useOrgId();
  const { surveyId = '' } = useParams();
  const options = useBreakdownOptions(orgId, surveyId);
  const heatmap = useHeatmap(orgId, surveyId);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink to={`/organisations/${orgId}/surveys/${surveyId}/results`}>Back to results by unit</BackLink>
        <PageHeading caption={options.data?.survey.title} title="Results by group">
          Results by group
        </PageHeading>
        <InsetText>
          <p>
            Groups of fewer than {options.data?.survey.anonymityThreshold ?? 'the threshold of'} people are never shown. Every table opened here is recorded, and each new one hides whatever it must so
            that, put together with every table shown before, it still gives away no small group’s answers. So a figure shown once stays the same, and a table may hide a little more than you
            expect.
          </p>
        </InsetText>
        <QueryView query={options} loading="Loading the groups">
          {(o) => <QueryView query={heatmap} loading="Loading the units">{(h) => <Breakdowns options={o} heatmap={h} orgId={orgId} />}</QueryView>}
        </QueryView>
      </div>
    </div>
  );
}
