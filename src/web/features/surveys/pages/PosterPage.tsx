// A printable poster for a survey's open link: a big title, the QR code, the address in words
// and a promise of anonymity. The print stylesheet drops the site's header, footer and buttons.
import { useOrgId } from '../../../app/guards.js';
import { useSession } from '../../../app/session.js';
import { Button } from '../../../components/Button.js';
import { InsetText } from '../../../components/content.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { formatDate } from '../../../lib/dates.js';
import type { SurveyView } from '../api/survey-types.js';
import { QrCode } from '../components/QrCode.js';
import { WithSurvey } from '../components/WithSurvey.js';
import { openLinkUrl } from '../lib/survey-display.js';

function Poster({ survey, url, surveyPath }: { survey: SurveyView; url: string; surveyPath: string }) {
  const orgId = useOrgId();
  const organisation = useSession().membershipFor(orgId)?.organisationName;
  return (
    <div className="app-poster">
      <div className="app-no-print">
        <BackLink to={surveyPath}>Back to the survey</BackLink>
        <p>Print this page and put it up where people will see it: staff rooms, rest areas, waiting rooms and notice boards.</p>
        <Button onClick={() => window.print()}>Print the poster</Button>
      </div>
      {organisation && <p className="app-poster__organisation">{organisation}</p>}
      <PageHeading title={`Poster for ${survey.title}`} size="xl">
        {survey.title}
      </PageHeading>
      <p className="app-poster__lead">Tell us what you think. Scan the code with your phone’s camera to answer.</p>
      <QrCode text={url} label={`QR code for the survey link ${url}`} />
      <p className="app-poster__url-intro">Or type this address into a web browser:</p>
      <p className="app-poster__url">{url}</p>
      <p className="app-poster__dates">Open until {formatDate(survey.closesOn)}.</p>
      <div className="app-poster__promise">
        <h2 className="nhsuk-heading-m">Your answers are anonymous</h2>
        <p>
          You are not asked for your name, and results are only shown for groups of at least {survey.anonymityThreshold} people, so nobody can
          tell what you said.
        </p>
      </div>
    </div>
  );
}

export function PosterPage() {
  return (
    <WithSurvey>
      {({ survey, surveyPath }) =>
        survey.openLinkPath && survey.status === 'open' ? (
          <Poster survey={survey} url={survey.openLinkUrl ?? openLinkUrl(window.location.origin, survey.openLinkPath)} surveyPath={surveyPath} />
        ) : (
          <>
            <BackLink to={surveyPath}>Back to the survey</BackLink>
            <PageHeading title="Poster not available">There is no poster for this survey</PageHeading>
            <InsetText>
              <p>
                {!survey.modes.openLink
                  ? 'This survey does not use an open link, so there is nothing for a poster to point to.'
                  : survey.status === 'draft'
                    ? 'The open link starts working when the survey is launched. Come back for the poster then.'
                    : 'The survey has closed, so its open link no longer works.'}
              </p>
            </InsetText>
          </>
        )
      }
    </WithSurvey>
  );
}
