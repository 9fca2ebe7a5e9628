// Loads the survey named in the URL and hands it on; a survey in the wrong state for the page
// (launching one already open, say) goes back to the survey page instead. Only the state it had
// on arrival counts: the page's own step changes it, and must still send its success message.
import { useRef, type ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import type { SurveyStatus, SurveyView } from '../api/survey-types.js';
import { useSurvey } from '../api/useSurveys.js';

export interface SurveyContext {
  survey: SurveyView;
  orgId: string;
  /** The survey page, such as /organisations/o1/surveys/s1. */
  surveyPath: string;
}

interface WithSurveyProps {
  /** The statuses this page makes sense for; any if left out. */
  when?: readonly SurveyStatus[];
  children: (context: SurveyContext) => ReactNode;
}

export function WithSurvey({ when, children }: WithSurveyProps) {
  const orgId = useOrgId();
  const { surveyId = '' } = useParams();
  const survey = useSurvey(orgId, surveyId);
  const arrivedAs = useRef<SurveyStatus | null>(null);
  const surveyPath = `/organisations/${orgId}/surveys/${surveyId}`;
  return (
    <QueryView query={survey} loading="Loading the survey">
      {(data) => {
        arrivedAs.current ??= data.status;
        return when && !when.includes(arrivedAs.current) ? <Navigate to={surveyPath} replace /> : children({ survey: data, orgId, surveyPath });
      }}
    </QueryView>
  );
}
