// The confirmation: a panel saying the answers were sent, and that they are anonymous (or, for
// 360 feedback, who sees them).
import { Navigate } from 'react-router';
import { format } from '../../../../core/i18n/respondent-strings.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { useRespond } from '../components/respond-context.js';
import { useStrings } from '../components/strings.js';
import { feedbackPrivacy } from '../lib/feedback-link.js';

export function SentPage() {
  const { view, sent, pathTo } = useRespond();
  const strings = useStrings();
  if (!sent) return <Navigate to={pathTo({ kind: 'start' })} replace />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <PageHeading className="nhsuk-panel__heading" title={format(strings.pageTitle, { page: strings.sentTitle, survey: view.title })}>
            {strings.sentTitle}
          </PageHeading>
          <div className="nhsuk-panel__body">{strings.thankYouTitle}</div>
        </div>
        <p>{view.feedback ? feedbackPrivacy(strings, view.feedback.subjectName, view.feedback.group) : strings.confirmationBody}</p>
        <h2 className="nhsuk-heading-m">{strings.whatNextTitle}</h2>
        <p>{view.feedback ? strings.feedbackWhatNextBody : strings.whatNextBody}</p>
      </div>
    </div>
  );
}
