// One request: its status and answers so far. The person can rate themselves, ask more people,
// share the report and close early; someone it is shared with sees the status and the report.
import { useState } from 'react';
import { useParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { QueryView } from '../../../app/QueryView.js';
import { isApiError } from '../../../api/problem.js';
import { Button, ButtonLink, buttonClass } from '../../../components/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { TextInput } from '../../../components/forms/fields.js';
import { Form } from '../../../components/forms/Form.js';
import { requireFields, useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SummaryList } from '../../../components/SummaryList.js';
import { Table } from '../../../components/Table.js';
import { formatDate } from '../../../lib/dates.js';
import { inviteRaters, shareFeedback, unshareFeedback, type RequestView, type SharedWith } from '../api/feedback-api.js';
import { useFeedbackRequest } from '../api/useFeedback.js';
import { reportIsOpen } from '../components/feedback-display.js';
import { GroupCounts, StatusTag } from '../components/GroupCounts.js';
import { RaterFields } from '../components/RaterFields.js';
import { checkRaters, emptyRaterValues, readRaters } from '../components/rater-list.js';

function InviteMore({ request, orgId }: { request: RequestView; orgId: string }) {
  const invalidate = useInvalidateOrg(orgId);
  const [count, setCount] = useState(1);
  const [sent, setSent] = useState<string | null>(null);
  const form = useForm({
    initialValues: emptyRaterValues(1) as Record<string, string>,
    validate: (v) => checkRaters(v, count, true),
    submit: (v) => inviteRaters(orgId, request.id, readRaters(v, count)),
    onSuccess: async (_r, v) => {
      const n = readRaters(v, count).length;
      form.reset(emptyRaterValues(1));
      setCount(1);
      setSent(`${n} ${n === 1 ? 'person has' : 'people have'} been asked for feedback.`);
      await invalidate();
    },
  });
  return (
    <>
      {sent && (
        <p className="nhsuk-body" role="status">
          {sent}
        </p>
      )}
      <Form form={form} submitLabel="Send the invitations" pendingLabel="Sending" submitVariant="secondary" errorTitle="The invitations were not sent" aria-label="Ask more people">
        <RaterFields count={count} setCount={setCount} legend="Ask more people" hint="We will email each person a link to answer." />
      </Form>
    </>
  );
}

function Sharing({ request, orgId }: { request: RequestView; orgId: string }) {
  const invalidate = useInvalidateOrg(orgId);
  const [message, setMessage] = useState<string | null>(null);
  const [stopError, setStopError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: (v) => requireFields(v, { email: 'Enter the email address of the colleague to share with' }),
    submit: (v) => shareFeedback(orgId, request.id, v.email.trim()),
    onSuccess: async (_r, v) => {
      form.reset({ email: '' });
      setMessage(`Your feedback is now shared with ${v.email.trim()}.`);
      await invalidate();
    },
  });
  const stop = async (person: SharedWith) => {
    setStopError(null);
    try {
      await unshareFeedback(orgId, request.id, person.userId);
      setMessage(`Your feedback is no longer shared with ${person.name}.`);
      await invalidate();
    } catch (error) {
      if (!isApiError(error)) throw error;
      setStopError(error.detail);
    }
  };
  const shared = request.sharedWith ?? [];
  return (
    <>
      <h2 className="nhsuk-heading-m">Share your feedback</h2>
      <p>People you share with can see this request and its report. They must have an account in this organisation.</p>
      {message && (
        <p className="nhsuk-body" role="status">
          {message}
        </p>
      )}
      {stopError && <ErrorSummary problems={[{ field: null, message: stopError }]} attempt={1} />}
      {shared.length > 0 ? (
        <Table
          caption="Shared with"
          captionSize="s"
          columns={[
            { header: 'Name', rowHeader: true, cell: (p: SharedWith) => p.name },
            { header: 'Email address', cell: (p) => <span className="app-break-anywhere">{p.email}</span> },
            {
              header: <span className="nhsuk-u-visually-hidden">Actions</span>,
              cell: (p) => (
                <Button variant="secondary" small className="nhsuk-u-margin-bottom-0" onClick={() => void stop(p)}>
                  Stop sharing<span className="nhsuk-u-visually-hidden"> with {p.name}</span>
                </Button>
              ),
            },
          ]}
          rows={shared}
          rowKey={(p) => p.userId}
        />
      ) : (
        <p>You have not shared it with anyone.</p>
      )}
      <Form form={form} submitLabel="Share" pendingLabel="Sharing" submitVariant="secondary" errorTitle="Your feedback was not shared" aria-label="Share with a colleague">
        <TextInput name="email" label="Colleague’s email address" type="email" autoComplete="off" spellCheck={false} width="two-thirds" />
      </Form>
    </>
  );
}

function RequestDetails({ request, orgId }: { request: RequestView; orgId: string }) {
  const base = `/organisations/${orgId}/feedback`;
  const here = `${base}/${request.id}`;
  const open = reportIsOpen(request);
  return (
    <>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink to={base}>Back to 360 feedback</BackLink>
          <PageHeading title={request.isMine ? 'Your feedback request' : `Feedback about ${request.subjectName}`} caption="360 feedback">
            {request.isMine ? 'Your feedback request' : `Feedback about ${request.subjectName}`}
          </PageHeading>
          <SummaryList
            rows={[
              ...(request.isMine ? [] : [{ key: 'About', value: request.subjectName }]),
              { key: 'Status', value: <StatusTag status={request.status} /> },
              { key: request.status === 'open' ? 'Closes' : 'Closing date', value: formatDate(request.closesOn) },
              { key: 'Asked on', value: formatDate(request.createdAt) },
            ]}
          />
          {request.isMine && request.selfLinkPath && (
            <>
              <p>Rate yourself on the same questions, so the report can compare your view with others’.</p>
              {/* The rating form is the separate respondent app, so this is a plain link, not a route. */}
              <a className={buttonClass('primary')} href={request.selfLinkPath} draggable={false}>
                Rate yourself
              </a>
            </>
          )}
          {open ? (
            <p>
              <ButtonLink to={`${here}/report`}>See the report</ButtonLink>
            </p>
          ) : (
            <p>The report opens when the request closes, on {formatDate(request.closesOn)} or sooner if {request.isMine ? 'you close' : 'they close'} it early.</p>
          )}
        </div>
      </div>
      {request.isMine && <GroupCounts groups={request.groups} caption="Answers so far" />}
      {request.isMine && (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            {request.status === 'open' && <InviteMore request={request} orgId={orgId} />}
            <Sharing request={request} orgId={orgId} />
            {request.status === 'open' && (
              <>
                <h2 className="nhsuk-heading-m">Close the request</h2>
                <p>Closing stops anyone else answering and opens the report.</p>
                <ButtonLink variant="warning" to={`${here}/close`}>
                  Close and see the report
                </ButtonLink>
              </>
            )}
          </div>
        </div>
      )}
    </>
  );
}

export function FeedbackRequestPage() {
  const orgId = useOrgId();
  const { requestId = '' } = useParams();
  const request = useFeedbackRequest(orgId, requestId);
  return (
    <QueryView query={request} loading="Loading the request">
      {(r) => <RequestDetails request={r} orgId={orgId} />}
    </QueryView>
  );
}
