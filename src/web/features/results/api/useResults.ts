// TanStack Query hooks for results. A closed survey's results never change, so they are kept
// for the whole visit once loaded.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  getBreakdown,
  getBreakdownOptions,
  getComments,
  getComparable,
  getComparison,
  getCrossTab,
  getDrivers,
  getHeatmap,
  getUnitResults,
  resultsKeys,
  type BreakdownQuery,
  type CommentFilters,
  type CrossTabQuery,
  type HeatmapLevel,
} from './results-api.js';

export function useHeatmap(orgId: string, surveyId: string, level: HeatmapLevel = 'measures') {
  return useQuery({ queryKey: resultsKeys.heatmap(orgId, surveyId, level), queryFn: ({ signal }) => getHeatmap(orgId, surveyId, level, signal), staleTime: Infinity, placeholderData: keepPreviousData });
}

export function useUnitResults(orgId: string, surveyId: string, unitId: string) {
  return useQuery({ queryKey: resultsKeys.unit(orgId, surveyId, unitId), queryFn: ({ signal }) => getUnitResults(orgId, surveyId, unitId, signal), staleTime: Infinity });
}

export function useComparable(orgId: string, surveyId: string) {
  return useQuery({ queryKey: resultsKeys.comparable(orgId, surveyId), queryFn: ({ signal }) => getComparable(orgId, surveyId, signal).then((r) => r.items), staleTime: 60_000 });
}

export function useComparison(orgId: string, surveyId: string, unitId: string, earlierId: string | null) {
  return useQuery({
    queryKey: resultsKeys.comparison(orgId, surveyId, unitId, earlierId ?? ''),
    queryFn: ({ signal }) => getComparison(orgId, surveyId, unitId, earlierId!, signal),
    enabled: earlierId !== null,
    staleTime: Infinity,
  });
}

export function useDrivers(orgId: string, surveyId: string, outcome: string) {
  return useQuery({ queryKey: resultsKeys.drivers(orgId, surveyId, outcome), queryFn: ({ signal }) => getDrivers(orgId, surveyId, outcome, signal), staleTime: Infinity });
}

export function useComments(orgId: string, surveyId: string, filters: CommentFilters) {
  return useQuery({ queryKey: resultsKeys.comments(orgId, surveyId, filters), queryFn: ({ signal }) => getComments(orgId, surveyId, filters, signal), placeholderData: keepPreviousData });
}

export function useBreakdownOptions(orgId: string, surveyId: string) {
  return useQuery({ queryKey: resultsKeys.breakdowns(orgId, surveyId), queryFn: ({ signal }) => getBreakdownOptions(orgId, surveyId, signal), staleTime: Infinity });
}

/** A breakdown; asking for it publishes it, so it is fetched only once a dimension is chosen. */
export function useBreakdown(orgId: string, surveyId: string, query: BreakdownQuery | null) {
  return useQuery({
    queryKey: resultsKeys.breakdown(orgId, surveyId, query ?? { by: '', unit: '', level: 'measures' }),
    queryFn: ({ signal }) => getBreakdown(orgId, surveyId, query!, signal),
    enabled: query !== null,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

export function useCrossTab(orgId: string, surveyId: string, query: CrossTabQuery | null) {
  return useQuery({
    queryKey: resultsKeys.crossTab(orgId, surveyId, query ?? { by: '', unit: '', measure: '' }),
    queryFn: ({ signal }) => getCrossTab(orgId, surveyId, query!, signal),
    enabled: query !== null,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}
