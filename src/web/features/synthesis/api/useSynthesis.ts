import { useQuery } from '@tanstack/react-query';
import { getChecklist, getReport, getSynthesis, synthesisKeys } from './synthesis-api.js';

export function useSynthesis(orgId: string, programmeId: string) {
  return useQuery({ queryKey: synthesisKeys.synthesis(orgId, programmeId), queryFn: ({ signal }) => getSynthesis(orgId, programmeId, signal) });
}

export function useChecklist(orgId: string, programmeId: string) {
  return useQuery({ queryKey: synthesisKeys.checklist(orgId, programmeId), queryFn: ({ signal }) => getChecklist(orgId, programmeId, signal) });
}

export function useReport(orgId: string, programmeId: string) {
  return useQuery({ queryKey: synthesisKeys.report(orgId, programmeId), queryFn: ({ signal }) => getReport(orgId, programmeId, signal) });
}
