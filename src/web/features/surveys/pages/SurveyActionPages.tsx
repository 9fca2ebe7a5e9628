// The confirm pages for a survey's big steps: launch (freezes it and sends invitations), send
// reminders (to people who have not answered, who stay unknown) and close (no more answers).
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { ConfirmPage, type ConfirmPageProps } from '../../../components/ConfirmPage.js';
import { useForm } from '../../../components/forms/useForm.js';
import { closeSurvey, launchSurvey, sendReminders, surveyKeys } from '../api/surveys-api.js';
import { keySurveyRows } from '../components/survey-rows.js';
import { useUnitNames } from '../components/useUnitNames.js';
import { WithSurvey, type SurveyContext } from '../components/WithSurvey.js';
import { launchedText, remindedText } from '../lib/survey-display.js';

type StepProps<R> = SurveyContext &
  Pick<ConfirmPageProps, 'title' | 'heading' | 'submitLabel' | 'pendingLabel' | 'errorTitle' | 'submitVariant' | 'children'> & {
    send: () => Promise<R>;
    /** The success message on the survey page. */
    message: (result: R) => string;
  };

/** Confirms one step, sends it, then returns to the survey page with a message and the survey refreshed. */
function SurveyStep<R>({ survey, orgId, surveyPath, send, message, ...page }: StepProps<R>) {
  const navigate = useNavigate();
  const invalidate = useInvalidateOrg(orgId);
  const queryClient = useQueryClient();
  const unitNames = useUnitNames(orgId);
  const form = useForm({
    initialValues: {} as Record<string, never>,
    submit: send,
    onSuccess: (result) => {
      navigate(surveyPath, { state: { flash: message(result) } });
      if (result && typeof result === 'object' && 'status' in result) queryClient.setQueryData(surveyKeys.one(orgId, survey.id), result);
      void invalidate();
    },
  });
  return <ConfirmPage form={form} back={{ to: surveyPath, label: 'Back to the survey' }} rows={keySurveyRows(survey, unitNames)} {...page} />;
}

export function LaunchSurveyPage() {
  return (
    <WithSurvey when={['draft']}>
      {(context) => (
        <SurveyStep
          {...context}
          send={() => launchSurvey(context.orgId, context.survey.id, context.survey.version)}
          message={launchedText}
          title="Launch a survey"
          heading={`Launch ${context.survey.title}?`}
          submitLabel="Launch survey"
          pendingLabel="Launching"
          errorTitle="The survey was not launched"
          submitVariant="primary"
        >
          <p>Launching fixes the survey so that everyone is asked the same thing and results stay comparable:</p>
          <ul>
            <li>the questions, as the questionnaire stands today</li>
            <li>the audience: everyone on the staff list in the chosen units now, with their unit, pay band and staff group; people added to the staff list later are not included</li>
            <li>the unit structure used for results, with units too small for the anonymity threshold of {context.survey.anonymityThreshold} counted in the unit above them</li>
          </ul>
          {context.survey.modes.invitations && (
            <p>
              Invitations go out straight away, each with a personal link that works once. Without a mail server, they are kept in the outbox for an
              administrator to pass on.
            </p>
          )}
          {context.survey.modes.openLink && <p>The open link starts working, and you can print its QR code poster.</p>}
          <p>You cannot change these settings after launching.</p>
        </SurveyStep>
      )}
    </WithSurvey>
  );
}

export function SendRemindersPage() {
  return (
    <WithSurvey when={['open']}>
      {(context) => (
        <SurveyStep
          {...context}
          send={() => sendReminders(context.orgId, context.survey.id)}
          message={remindedText}
          title="Send reminders"
          heading={`Send reminders for ${context.survey.title}?`}
          submitLabel="Send reminders"
          pendingLabel="Sending"
          errorTitle="The reminders were not sent"
          submitVariant="primary"
        >
          <p>A reminder goes only to people who were invited and have not answered yet. Anyone who has answered is not contacted again.</p>
          <p>
            Nobody can see who the reminders went to, including you. Cultivate works out who has not answered at the moment it sends, hands the
            reminders straight to the mail server and keeps no list, so answering stays anonymous.
          </p>
          <p>For the same reason, reminders need a mail server. Without one, none are sent.</p>
        </SurveyStep>
      )}
    </WithSurvey>
  );
}

export function CloseSurveyPage() {
  return (
    <WithSurvey when={['open']}>
      {(context) => (
        <SurveyStep
          {...context}
          send={() => closeSurvey(context.orgId, context.survey.id, context.survey.version)}
          message={(s) => `${s.title} has closed.`}
          title="Close a survey"
          heading={`Are you sure you want to close ${context.survey.title}?`}
          submitLabel="Yes, close the survey"
          pendingLabel="Closing"
          errorTitle="The survey was not closed"
        >
          <p>Once it closes, nobody can answer: personal links, the open link and paper entry all stop working. You cannot reopen it.</p>
          <p>The answers already given are kept, and the response rates stay on the survey page.</p>
        </SurveyStep>
      )}
    </WithSurvey>
  );
}
