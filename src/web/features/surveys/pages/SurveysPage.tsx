// The organisation's surveys, newest first, with each one's status and (once launched) its
// response rate; managers can start a new one from here.
import { Link } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { ButtonLink } from '../../../components/Button.js';
import { InsetText } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Table } from '../../../components/Table.js';
import { formatDateRange } from '../../../lib/dates.js';
import { useResponseRates, useSurveys } from '../api/useSurveys.js';
import type { SurveyView } from '../api/survey-types.js';
import { SurveyStatusTag } from '../components/SurveyStatusTag.js';
import { formatRate } from '../lib/rates.js';

function RateCell({ survey, orgId }: { survey: SurveyView; orgId: string }) {
  const rates = useResponseRates(orgId, survey.id, survey.status);
  if (survey.status === 'draft') return <>Not launched</>;
  if (!rates.data) return <>{rates.isError ? 'Not available' : 'Loading'}</>;
  const { total } = rates.data;
  return <>{total.invited ? formatRate(total.rate) : `${total.responses.toLocaleString('en-GB')} ${total.responses === 1 ? 'response' : 'responses'}`}</>;
}

function EmptyState({ canManage }: { canManage: boolean }) {
  return (
    <InsetText>
      <p>There are no surveys yet.</p>
      <p>
        Surveys are how the Discover phase hears from staff and patients: a real-team check, the leadership behaviours survey, a staff pulse or a
        patient-experience questionnaire. Answers are anonymous, and results are shown only for groups large enough that nobody can be picked out.
      </p>
      {!canManage && <p>Your programme lead will create the surveys for your organisation.</p>}
    </InsetText>
  );
}

export function SurveysPage() {
  const orgId = useOrgId();
  const surveys = useSurveys(orgId);
  const canManage = useCan('surveys.manage');
  const base = `/organisations/${orgId}/surveys`;
  return (
    <QueryView query={surveys} loading="Loading surveys">
      {(items) => (
        <>
          <PageHeading>Surveys</PageHeading>
          {canManage && <ButtonLink to={`${base}/new`}>Create a survey</ButtonLink>}
          {items.length === 0 ? (
            <EmptyState canManage={canManage} />
          ) : (
            <Table
              caption={`${items.length} ${items.length === 1 ? 'survey' : 'surveys'}`}
              captionSize="s"
              columns={[
                { header: 'Title', rowHeader: true, cell: (s: SurveyView) => <Link to={`${base}/${s.id}`}>{s.title}</Link> },
                { header: 'Questionnaire', cell: (s) => s.instrumentTitle },
                { header: 'Status', cell: (s) => <SurveyStatusTag status={s.status} /> },
                { header: 'Dates', cell: (s) => formatDateRange(s.opensOn, s.closesOn) },
                { header: 'Responses', cell: (s) => <RateCell survey={s} orgId={orgId} /> },
              ]}
              rows={items}
              rowKey={(s) => s.id}
            />
          )}
        </>
      )}
    </QueryView>
  );
}
