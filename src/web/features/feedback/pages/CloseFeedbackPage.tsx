import { useNavigate, useParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { QueryView } from '../../../app/QueryView.js';
import { ConfirmPage } from '../../../components/ConfirmPage.js';
import { useForm } from '../../../components/forms/useForm.js';
import { formatDate } from '../../../lib/dates.js';
import { NotFoundPage } from '../../errors/pages/NotFoundPage.js';
import { closeFeedback, type RequestView } from '../api/feedback-api.js';
import { useFeedbackRequest } from '../api/useFeedback.js';
import { answeredText, GROUP_LABELS, orderedCounts } from '../components/feedback-display.js';

function ConfirmClose({ request, orgId }: { request: RequestView; orgId: string }) {
  const navigate = useNavigate();
  const invalidate = useInvalidateOrg(orgId);
  const here = `/organisations/${orgId}/feedback/${request.id}`;
  const form = useForm({
    initialValues: {} as Record<string, never>,
    submit: () => closeFeedback(orgId, request.id),
    onSuccess: async () => {
      await invalidate();
      navigate(`${here}/report`, { state: { flash: 'Your feedback request has closed.' } });
    },
  });
  return (
    <ConfirmPage
      form={form}
      back={{ to: here, label: 'Back to the request' }}
      title="Close the request"
      heading="Are you sure you want to close this request and see the report?"
      rows={[
        { key: 'Closing date', value: formatDate(request.closesOn) },
        ...orderedCounts(request.groups).map((g) => ({ key: GROUP_LABELS[g.group], value: answeredText(g) })),
      ]}
      submitLabel="Yes, close and see the report"
      pendingLabel="Closing"
      errorTitle="The request was not closed"
    >
      <p>Nobody else will be able to answer, and you cannot open it again. Groups with fewer than three answers will not be shown in the report.</p>
    </ConfirmPage>
  );
}

export function CloseFeedbackPage() {
  const orgId = useOrgId();
  const { requestId = '' } = useParams();
  const request = useFeedbackRequest(orgId, requestId);
  return (
    <QueryView query={request}>
      {(r) => (r.isMine && r.status === 'open' ? <ConfirmClose request={r} orgId={orgId} /> : <NotFoundPage />)}
    </QueryView>
  );
}
