// The report: for each Healthcare Leadership Model dimension, the person's own rating against
// each group's, on the four-level scale. Hidden groups (fewer than three) say so.
import { useParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { QueryFailure } from '../../../app/QueryView.js';
import { isApiError } from '../../../api/problem.js';
import { InsetText, Loading } from '../../../components/content.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Table, type Column } from '../../../components/Table.js';
import type { DimensionReport, FeedbackReport, RaterGroup } from '../api/feedback-api.js';
import { useFeedbackReport } from '../api/useFeedback.js';
import { formatMean, GROUP_LABELS, leftOutNote, scoreCellText } from '../components/feedback-display.js';

const OTHER_GROUPS: readonly Exclude<RaterGroup, 'self'>[] = ['line_manager', 'peer', 'direct_report', 'other'];

function groupHeader(group: Exclude<RaterGroup, 'self'>) {
  return group === 'line_manager' ? (
    <>
      Line manager <span className="nhsuk-body-s">(not anonymous)</span>
    </>
  ) : (
    GROUP_LABELS[group]
  );
}

function ReportTable({ report }: { report: FeedbackReport }) {
  const columns: Column<DimensionReport>[] = [
    { header: 'Dimension', rowHeader: true, cell: (d) => d.name },
    { header: 'You', numeric: true, cell: (d) => formatMean(d.self) },
    ...OTHER_GROUPS.map(
      (group): Column<DimensionReport> => ({ header: groupHeader(group), numeric: true, cell: (d) => scoreCellText(d.groups.find((g) => g.group === group)) }),
    ),
    {
      header: 'All raters',
      numeric: true,
      cell: (d) => (
        <>
          {formatMean(d.allRaters.mean)}
          {d.allRaters.leftOut.length > 0 && <sup>*</sup>}
        </>
      ),
    },
    { header: 'Importance', numeric: true, cell: (d) => formatMean(d.importance) },
  ];
  const notes = [...new Set(report.dimensions.map((d) => leftOutNote(d.allRaters.leftOut)).filter((n): n is string => n !== null))];
  return (
    <>
      <Table caption="Average ratings by dimension" columns={columns} rows={report.dimensions} rowKey={(d) => d.constructId} />
      {notes.length > 0 && (
        <InsetText>
          {notes.map((note) => (
            <p key={note}>
              <sup>*</sup> {note}, so they cannot be worked out from the other figures. This applies to the dimensions marked with an asterisk.
            </p>
          ))}
        </InsetText>
      )}
    </>
  );
}

function ReportContent({ report, back }: { report: FeedbackReport; back: string }) {
  const answered = OTHER_GROUPS.map((g) => `${GROUP_LABELS[g].toLowerCase()} ${report.ratersByGroup[g] ?? 0}`).join(', ');
  return (
    <>
      <BackLink to={back}>Back to the request</BackLink>
      <PageHeading title={`360 feedback report for ${report.subjectName}`} caption="360 feedback report">
        {report.subjectName}
      </PageHeading>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p>
            Each figure is the average rating on the Healthcare Leadership Model’s four levels: 1 essential, 2 proficient, 3 strong and 4 exemplary.
            Importance is how important people said each dimension is for this role, also from 1 to 4.
          </p>
          <p>How many people answered: {answered}.</p>
          <ul>
            <li>“Fewer than 3” means fewer than three people in that group answered, so their answers are not shown and no one can be picked out.</li>
            <li>Your line manager’s answers are shown on their own, so they are not anonymous.</li>
            <li>“No answers” means nobody in that group rated this dimension.</li>
          </ul>
        </div>
      </div>
      <ReportTable report={report} />
    </>
  );
}

export function FeedbackReportPage() {
  const orgId = useOrgId();
  const { requestId = '' } = useParams();
  const report = useFeedbackReport(orgId, requestId);
  const back = `/organisations/${orgId}/feedback/${requestId}`;
  if (report.isPending) return <Loading what="Loading the report" />;
  if (report.isError) {
    if (isApiError(report.error, 409) && report.error.code === 'report_not_ready') {
      return (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <BackLink to={back}>Back to the request</BackLink>
            <PageHeading>The report is not ready yet</PageHeading>
            <p>{report.error.detail}</p>
          </div>
        </div>
      );
    }
    return <QueryFailure error={report.error} />;
  }
  return <ReportContent report={report.data} back={back} />;
}
