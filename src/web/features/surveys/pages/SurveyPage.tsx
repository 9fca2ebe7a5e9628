// One survey: its status and settings, what can be done next (launch a draft; remind, close,
// share the open link or print its poster while open), and its response rates once launched.
import { Link, useParams } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { ButtonLink } from '../../../components/Button.js';
import { InsetText } from '../../../components/content.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SummaryList } from '../../../components/SummaryList.js';
import type { SurveyView } from '../api/survey-types.js';
import { useSurvey } from '../api/useSurveys.js';
import { ResponseRatesSection } from '../components/ResponseRatesSection.js';
import { allSurveyRows } from '../components/survey-rows.js';
import { SurveyStatusTag } from '../components/SurveyStatusTag.js';
import { useUnitNames } from '../components/useUnitNames.js';
import { openLinkUrl } from '../lib/survey-display.js';

function DraftActions({ path }: { path: string }) {
  return (
    <InsetText>
      <p>This survey is a draft: nobody has been asked yet. Check the settings below, then launch it.</p>
      <ButtonLink to={`${path}/launch`}>Launch survey</ButtonLink>
    </InsetText>
  );
}

function OpenActions({ survey, path }: { survey: SurveyView; path: string }) {
  const canManage = useCan('surveys.manage');
  const canEnterPaper = useCan('surveys.paper_entry');
  const url = survey.openLinkPath ? survey.openLinkUrl ?? openLinkUrl(window.location.origin, survey.openLinkPath) : null;
  return (
    <>
      {url && (
        <>
          <h2 className="nhsuk-heading-m">Open link</h2>
          <p>Anyone with this link can answer. Share it on the intranet or in a team briefing, or print a poster with a QR code.</p>
          <p className="app-open-link app-break-anywhere">{url}</p>
          <p>
            <Link to={`${path}/poster`}>Print a QR code poster</Link>
          </p>
        </>
      )}
      {survey.modes.paper && canEnterPaper && (
        <>
          <h2 className="nhsuk-heading-m">Paper questionnaires</h2>
          <p>
            <Link to={`${path}/paper`}>Type in a paper questionnaire</Link>
          </p>
        </>
      )}
      {canManage && (
        <div className="app-button-group">
          {survey.modes.invitations && (
            <ButtonLink to={`${path}/reminders`} variant="secondary">
              Send reminders
            </ButtonLink>
          )}
          <ButtonLink to={`${path}/close`} variant="warning">
            Close survey
          </ButtonLink>
        </div>
      )}
    </>
  );
}

function SurveyDetails({ survey, orgId }: { survey: SurveyView; orgId: string }) {
  const canManage = useCan('surveys.manage');
  const canReadResults = useCan('results.read');
  const unitNames = useUnitNames(orgId);
  const list = `/organisations/${orgId}/surveys`;
  const path = `${list}/${survey.id}`;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={list}>Back to surveys</BackLink>
        <PageHeading caption={survey.instrumentTitle}>{survey.title}</PageHeading>
        <p>
          <SurveyStatusTag status={survey.status} />
        </p>
        {survey.status === 'draft' && canManage && <DraftActions path={path} />}
        {survey.status === 'open' && <OpenActions survey={survey} path={path} />}
        {survey.status === 'closed' && canReadResults && (
          <p>
            <ButtonLink to={`${path}/results`}>See the results</ButtonLink>
          </p>
        )}
        {survey.status !== 'draft' && (
          <>
            <h2 className="nhsuk-heading-m">Response rates</h2>
            <ResponseRatesSection survey={survey} />
          </>
        )}
        <h2 className="nhsuk-heading-m">Settings</h2>
        <SummaryList rows={allSurveyRows(survey, unitNames)} />
      </div>
    </div>
  );
}

export function SurveyPage() {
  const orgId = useOrgId();
  const { surveyId = '' } = useParams();
  const survey = useSurvey(orgId, surveyId);
  return (
    <QueryView query={survey} loading="Loading the survey">
      {(data) => <SurveyDetails survey={data} orgId={orgId} />}
    </QueryView>
  );
}
