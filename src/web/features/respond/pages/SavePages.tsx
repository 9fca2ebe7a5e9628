// "Save and come back later": a warning about shared computers before anything is kept on the
// device, a confirmation saying how to come back, and a way to remove what was kept.
import { Link, Navigate, useNavigate } from 'react-router';
import { format } from '../../../../core/i18n/respondent-strings.js';
import { Button } from '../../../components/Button.js';
import { WarningCallout } from '../../../components/content.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { useRespond } from '../components/respond-context.js';
import { useStrings } from '../components/strings.js';
import { pageAt } from '../lib/journey.js';
import { formatDateIn } from '../lib/survey-dates.js';

/** The page the person was on, to go back to. */
function useWhereTheyWere(): string {
  const { pages, draft, pathTo } = useRespond();
  return pathTo(pageAt(pages, draft.lastPage) ?? { kind: 'start' });
}

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}

export function SavePage() {
  const { view, canKeepOnDevice, keepOnDevice, pathTo } = useRespond();
  const strings = useStrings();
  const navigate = useNavigate();
  const back = useWhereTheyWere();
  if (!canKeepOnDevice) return <Navigate to={back} replace />;
  return (
    <>
      <BackLink to={back}>{strings.back}</BackLink>
      <Frame>
        <PageHeading title={format(strings.pageTitle, { page: strings.saveTitle, survey: view.title })}>{strings.saveTitle}</PageHeading>
        <p>{strings.saveBody}</p>
        <WarningCallout heading={strings.sharedComputerTitle} level={2} hiddenPrefix={strings.importantPrefix}>
          <p>{strings.sharedComputerBody}</p>
        </WarningCallout>
        <div className="app-button-group">
          <Button
            onClick={() => {
              keepOnDevice();
              void navigate(pathTo({ kind: 'saved' }), { replace: true });
            }}
          >
            {strings.saveOnDevice}
          </Button>
          <Link to={back}>{strings.backToSurvey}</Link>
        </div>
      </Frame>
    </>
  );
}

export function SavedPage() {
  const { view, language, draft, forget, pathTo } = useRespond();
  const strings = useStrings();
  const navigate = useNavigate();
  const back = useWhereTheyWere();
  if (!draft.keptOnDevice) return <Navigate to={back} replace />;
  return (
    <Frame>
      <PageHeading title={format(strings.pageTitle, { page: strings.savedTitle, survey: view.title })}>{strings.savedTitle}</PageHeading>
      <p>{format(strings.savedBody, { closeDate: formatDateIn(view.closesOn, language) })}</p>
      <div className="app-button-group">
        <Button onClick={() => void navigate(back)}>{strings.backToSurvey}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            forget();
            void navigate(pathTo({ kind: 'removed' }), { replace: true });
          }}
        >
          {strings.removeSaved}
        </Button>
      </div>
    </Frame>
  );
}

export function RemovedPage() {
  const { view, pathTo } = useRespond();
  const strings = useStrings();
  return (
    <Frame>
      <PageHeading title={format(strings.pageTitle, { page: strings.removedTitle, survey: view.title })}>{strings.removedTitle}</PageHeading>
      <p>{strings.removedBody}</p>
      <p>
        <Link to={pathTo({ kind: 'start' })}>{strings.backToSurvey}</Link>
      </p>
    </Frame>
  );
}
