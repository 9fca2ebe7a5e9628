// Calls to the surveys API and the query keys they are cached under.
import { api, orgPath } from '../../../api/client.js';
import { withQuery } from '../../../api/query-string.js';
import type { Items, Page } from '../../../api/types.js';
import type { NewSurvey, OutboxMessage, RemindersResult, ResponseRates, SurveyView } from './survey-types.js';

export const surveyKeys = {
  all: (orgId: string) => ['org', orgId, 'surveys'] as const,
  one: (orgId: string, surveyId: string) => ['org', orgId, 'surveys', surveyId] as const,
  rates: (orgId: string, surveyId: string) => ['org', orgId, 'surveys', surveyId, 'response-rates'] as const,
  outbox: (orgId: string, page: number) => ['org', orgId, 'outbox', page] as const,
  facets: (orgId: string) => ['org', orgId, 'staff', 'facets'] as const,
};

const surveyPath = (orgId: string, surveyId: string, rest = '') => orgPath(orgId, `/surveys/${encodeURIComponent(surveyId)}${rest}`);

export const listSurveys = (orgId: string, signal?: AbortSignal) => api.get<Items<SurveyView>>(orgPath(orgId, '/surveys'), signal);
export const getSurvey = (orgId: string, surveyId: string, signal?: AbortSignal) => api.get<SurveyView>(surveyPath(orgId, surveyId), signal);
export const createSurvey = (orgId: string, body: NewSurvey) => api.post<SurveyView>(orgPath(orgId, '/surveys'), body);
export const launchSurvey = (orgId: string, surveyId: string, version: number) => api.post<SurveyView>(surveyPath(orgId, surveyId, '/launch'), { version });
export const closeSurvey = (orgId: string, surveyId: string, version: number) => api.post<SurveyView>(surveyPath(orgId, surveyId, '/close'), { version });
export const sendReminders = (orgId: string, surveyId: string) => api.post<RemindersResult>(surveyPath(orgId, surveyId, '/reminders'));
export const getResponseRates = (orgId: string, surveyId: string, signal?: AbortSignal) =>
  api.get<ResponseRates>(surveyPath(orgId, surveyId, '/response-rates'), signal);
/** The outbox, newest first, a page at a time. */
export const listOutbox = (orgId: string, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<OutboxMessage>>(withQuery(orgPath(orgId, '/outbox'), { page, pageSize }), signal);

export interface Facet {
  value: string;
  count: number;
}
/** The pay bands and staff groups on the staff list, for narrowing an audience. */
export const getStaffFacets = (orgId: string, signal?: AbortSignal) =>
  api.get<{ payBands: Facet[]; staffGroups: Facet[] }>(orgPath(orgId, '/staff/facets'), signal);
