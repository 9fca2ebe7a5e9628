// The paper entry page's API: the survey's questions and filing units, and one typed-in form.
import { useQuery } from '@tanstack/react-query';
import { api, orgPath } from '../../../api/client.js';
import type { RespondentView, SubmissionBody } from '../../respond/api/respond-api.js';

const paperPath = (orgId: string, surveyId: string, rest: string) => orgPath(orgId, `/surveys/${encodeURIComponent(surveyId)}${rest}`);

export function usePaperForm(orgId: string, surveyId: string) {
  return useQuery({
    queryKey: ['org', orgId, 'surveys', surveyId, 'paper-form'],
    queryFn: ({ signal }) => api.get<RespondentView>(paperPath(orgId, surveyId, '/paper-form'), signal),
  });
}

export const savePaperResponse = (orgId: string, surveyId: string, body: SubmissionBody & { unitId: string }) =>
  api.post<{ stored: true }>(paperPath(orgId, surveyId, '/paper-responses'), body);
