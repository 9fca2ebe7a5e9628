// The start page: what the survey is, when it closes, and how answers are kept anonymous. Someone
// who has answers from before is offered to continue or to start again.
import { useNavigate } from 'react-router';
import { format } from '../../../../core/i18n/respondent-strings.js';
import { questionsOf } from '../../../../core/instruments/questions.js';
import { localise } from '../../../../core/instruments/texts.js';
import { Button } from '../../../components/Button.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { useRespond } from '../components/respond-context.js';
import { useStrings } from '../components/strings.js';
import { feedbackPrivacy } from '../lib/feedback-link.js';
import { formatDateIn } from '../lib/survey-dates.js';

export function StartPage() {
  const { view, definition, language, resumable, begin } = useRespond();
  const strings = useStrings();
  const navigate = useNavigate();
  const asksForComments = questionsOf(definition).some((q) => q.kind === 'text');
  const go = (how: 'fresh' | 'resume') => void navigate(begin(how));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading size="xl">{view.title}</PageHeading>
        <p className="nhsuk-body-l">{localise(definition.description, language)}</p>
        <p>{format(strings.closesOn, { date: formatDateIn(view.closesOn, language) })}</p>
        {view.feedback ? (
          <>
            <h2 className="nhsuk-heading-m">{strings.feedbackWhoSeesTitle}</h2>
            <p>{feedbackPrivacy(strings, view.feedback.subjectName, view.feedback.group)}</p>
          </>
        ) : (
          <>
            <h2 className="nhsuk-heading-m">{strings.anonymityTitle}</h2>
            <p>{format(strings.anonymityBody, { threshold: view.anonymityThreshold })}</p>
          </>
        )}
        {asksForComments && <p>{strings.commentsBody}</p>}
        {resumable ? (
          <>
            <h2 className="nhsuk-heading-m">{strings.resumeTitle}</h2>
            <p>{strings.resumeBody}</p>
            <div className="app-button-group">
              <Button onClick={() => go('resume')}>{strings.continueWhereLeftOff}</Button>
              <Button variant="secondary" onClick={() => go('fresh')}>
                {strings.startAgain}
              </Button>
            </div>
          </>
        ) : (
          <Button onClick={() => go('fresh')}>{strings.startNow}</Button>
        )}
      </div>
    </div>
  );
}
