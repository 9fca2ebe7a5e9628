// TanStack Query hooks for surveys. Response rates refresh every 30 seconds while a survey is
// open, so the page shows people answering without being reloaded.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { instrumentsKey, listInstruments } from '../../instruments/api/instruments-api.js';
import { getResponseRates, getStaffFacets, getSurvey, listOutbox, listSurveys, surveyKeys } from './surveys-api.js';
import type { SurveyStatus } from './survey-types.js';

export const RATES_REFRESH_MS = 30_000;

export function useSurveys(orgId: string) {
  return useQuery({ queryKey: surveyKeys.all(orgId), queryFn: ({ signal }) => listSurveys(orgId, signal).then((r) => r.items) });
}

export function useSurvey(orgId: string, surveyId: string) {
  return useQuery({ queryKey: surveyKeys.one(orgId, surveyId), queryFn: ({ signal }) => getSurvey(orgId, surveyId, signal) });
}

export function useResponseRates(orgId: string, surveyId: string, status: SurveyStatus) {
  return useQuery({
    queryKey: surveyKeys.rates(orgId, surveyId),
    queryFn: ({ signal }) => getResponseRates(orgId, surveyId, signal),
    enabled: status !== 'draft',
    refetchInterval: status === 'open' ? RATES_REFRESH_MS : false,
  });
}

/** Instruments a survey can use: published ones only (a draft cannot be sent out). */
export function usePublishedInstruments(orgId: string) {
  return useQuery({
    queryKey: instrumentsKey(orgId),
    queryFn: ({ signal }) => listInstruments(orgId, signal).then((r) => r.items),
    select: (items) => items.filter((i) => i.status === 'published'),
  });
}

export function useOutbox(orgId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: surveyKeys.outbox(orgId, page),
    queryFn: ({ signal }) => listOutbox(orgId, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStaffFacets(orgId: string) {
  return useQuery({ queryKey: surveyKeys.facets(orgId), queryFn: ({ signal }) => getStaffFacets(orgId, signal) });
}
