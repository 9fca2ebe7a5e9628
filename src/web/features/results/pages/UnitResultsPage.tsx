// One unit's results (with everything below it): each measure against the whole organisation,
// then every statement with how many answered, the share who answered positively and the score.
import { Link, useParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SummaryList } from '../../../components/SummaryList.js';
import { Table } from '../../../components/Table.js';
import { resultsPath, type Cell, type Heatmap, type UnitResults } from '../api/results-api.js';
import { ComparisonSection } from '../components/ComparisonSection.js';
import { DownloadLinks } from '../components/DownloadLinks.js';
import { useHeatmap, useUnitResults } from '../api/useResults.js';
import { differenceText, formatScore, HIDDEN_LABELS, hiddenExplanation } from '../lib/heatmap-display.js';

type Hidden = Exclude<Cell['status'], 'shown'>;

function shown(cell: Cell, threshold: number, format: (mean: number) => string) {
  if (cell.status === 'shown' && cell.mean !== null) return format(cell.mean);
  return (
    <>
      {HIDDEN_LABELS[cell.status as Hidden]}
      <span className="nhsuk-u-visually-hidden">: {hiddenExplanation(cell.status as Hidden, threshold)}</span>
    </>
  );
}

function UnitView({ data, heatmap, orgId }: { data: UnitResults; heatmap: Heatmap | undefined; orgId: string }) {
  const threshold = data.survey.anonymityThreshold;
  const organisation = heatmap?.rows[0];
  const isOrganisation = organisation?.unitId === data.unit.unitId;
  return (
    <>
      <PageHeading caption={data.survey.title} title={`${data.unit.name}: ${data.survey.title}`}>
        {data.unit.name}
      </PageHeading>
      <SummaryList
        rows={[
          { key: 'People who answered', value: data.unit.respondents === null ? hiddenExplanation(data.unit.respondentStatus as Hidden, threshold) : data.unit.respondents.toLocaleString('en-GB') },
          { key: 'Includes', value: isOrganisation ? 'Everyone who answered' : 'This unit and every unit within it' },
        ]}
      />
      <p>
        <Link to={`/organisations/${orgId}/surveys/${data.survey.id}/results/breakdown?unit=${encodeURIComponent(data.unit.unitId)}`}>Break {data.unit.name}’s results down by pay band, staff group and other groups</Link>
      </p>
      <Table
        caption="Measures, scored out of 10"
        columns={[
          { header: 'Measure', rowHeader: true, cell: (m) => m.name },
          { header: isOrganisation ? 'Score' : 'This unit', numeric: true, cell: (m) => shown(m, threshold, formatScore) },
          ...(isOrganisation
            ? []
            : [
                {
                  header: 'Whole organisation',
                  numeric: true,
                  cell: (m: UnitResults['measures'][number]) => {
                    const org = organisation?.cells[data.measures.indexOf(m)];
                    return org?.status === 'shown' && org.mean !== null ? formatScore(org.mean) : '–';
                  },
                },
                {
                  header: 'Difference',
                  numeric: true,
                  cell: (m: UnitResults['measures'][number]) => {
                    const org = organisation?.cells[data.measures.indexOf(m)];
                    return m.status === 'shown' && m.mean !== null && org?.status === 'shown' && org.mean !== null ? differenceText(m.mean, org.mean) : '–';
                  },
                },
              ]),
        ]}
        rows={data.measures}
        rowKey={(m) => m.id}
      />
      <Table
        caption="Every statement"
        columns={[
          { header: 'Statement', rowHeader: true, cell: (i) => i.text },
          { header: 'Answered', numeric: true, cell: (i) => (i.n === null ? '–' : i.n.toLocaleString('en-GB')) },
          { header: 'Positive', numeric: true, cell: (i) => shown({ ...i, mean: i.pctPositive }, threshold, (p) => `${Math.round(p)}%`) },
          { header: 'Score out of 10', numeric: true, cell: (i) => shown(i, threshold, formatScore) },
        ]}
        rows={data.items}
        rowKey={(i) => i.id}
      />
      <ComparisonSection orgId={orgId} surveyId={data.survey.id} unitId={data.unit.unitId} />
      <DownloadLinks path={resultsPath(orgId, data.survey.id, `/units/${encodeURIComponent(data.unit.unitId)}`)} what="the statements" />
      <p className="nhsuk-body-s">Positive means agreeing or strongly agreeing, once statements worded the other way round have been turned round.</p>
    </>
  );
}

export function UnitResultsPage() {
  const orgId = useOrgId();
  const { surveyId = '', unitId = '' } = useParams();
  const results = useUnitResults(orgId, surveyId, unitId);
  const heatmap = useHeatmap(orgId, surveyId);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/organisations/${orgId}/surveys/${surveyId}/results`}>Back to results by unit</BackLink>
        <QueryView query={results} loading="Loading the results">
          {(data) => <UnitView data={data} heatmap={heatmap.data} orgId={orgId} />}
        </QueryView>
      </div>
    </div>
  );
}
