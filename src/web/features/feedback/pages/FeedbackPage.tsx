import { Link } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { ButtonLink } from '../../../components/Button.js';
import { InsetText } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Table } from '../../../components/Table.js';
import { formatDate } from '../../../lib/dates.js';
import type { RequestView } from '../api/feedback-api.js';
import { useFeedbackList } from '../api/useFeedback.js';
import { AboutFeedback } from '../components/AboutFeedback.js';
import { answeredText, GROUP_LABELS, orderedCounts } from '../components/feedback-display.js';
import { StatusTag } from '../components/GroupCounts.js';

function Answered({ request }: { request: RequestView }) {
  const counts = orderedCounts(request.groups);
  if (counts.length === 0) return <>Nobody asked yet</>;
  return (
    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
      {counts.map((g) => (
        <li key={g.group}>
          {GROUP_LABELS[g.group]}: {answeredText(g)}
        </li>
      ))}
    </ul>
  );
}

function RequestTable({ caption, requests, base, showName }: { caption: string; requests: readonly RequestView[]; base: string; showName: boolean }) {
  return (
    <Table
      caption={caption}
      columns={[
        {
          header: showName ? 'Feedback about' : 'Request',
          rowHeader: true,
          cell: (r: RequestView) => (
            <Link to={`${base}/${r.id}`}>
              {showName ? r.subjectName : `Asked on ${formatDate(r.createdAt)}`}
            </Link>
          ),
        },
        { header: 'Status', cell: (r) => <StatusTag status={r.status} /> },
        { header: 'Closes', cell: (r) => formatDate(r.closesOn) },
        { header: 'Answers', cell: (r) => <Answered request={r} /> },
      ]}
      rows={requests}
      rowKey={(r) => r.id}
    />
  );
}

export function FeedbackPage() {
  const orgId = useOrgId();
  const list = useFeedbackList(orgId);
  const base = `/organisations/${orgId}/feedback`;
  return (
    <QueryView query={list} loading="Loading your feedback requests">
      {({ mine, sharedWithMe }) => (
        <>
          <PageHeading>360 feedback</PageHeading>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <AboutFeedback />
              <ButtonLink to={`${base}/new`}>Ask for feedback</ButtonLink>
            </div>
          </div>
          {mine.length ? (
            <RequestTable caption="Your requests" requests={mine} base={base} showName={false} />
          ) : (
            <>
              <h2 className="nhsuk-heading-m">Your requests</h2>
              <InsetText>
                <p>You have not asked for feedback yet.</p>
              </InsetText>
            </>
          )}
          {sharedWithMe.length > 0 && <RequestTable caption="Shared with you" requests={sharedWithMe} base={base} showName />}
        </>
      )}
    </QueryView>
  );
}
