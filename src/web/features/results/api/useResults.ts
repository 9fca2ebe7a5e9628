// TanStack Query hooks for results. A closed survey's results never change, so they are kept
// for the whole visit once loaded.
import { useQuery } from '@tanstack/react-query';
import { getHeatmap, getUnitResults, resultsKeys } from './results-api.js';

export function useHeatmap(orgId: string, surveyId: string) {
  return useQuery({ queryKey: resultsKeys.heatmap(orgId, surveyId), queryFn: ({ signal }) => getHeatmap(orgId, surveyId, signal), staleTime: Infinity });
}

export function useUnitResults(orgId: string, surveyId: string, unitId: string) {
  return useQuery({ queryKey: resultsKeys.unit(orgId, surveyId, unitId), queryFn: ({ signal }) => getUnitResults(orgId, surveyId, unitId, signal), staleTime: Infinity });
}
