// TanStack Query hooks for the instrument library.
import { useQuery } from '@tanstack/react-query';
import { getInstrument, instrumentKey, instrumentsKey, listInstruments } from './instruments-api.js';

export function useInstruments(orgId: string) {
  return useQuery({ queryKey: instrumentsKey(orgId), queryFn: ({ signal }) => listInstruments(orgId, signal).then((r) => r.items) });
}

export function useInstrument(orgId: string, ref: string) {
  return useQuery({ queryKey: instrumentKey(orgId, ref), queryFn: ({ signal }) => getInstrument(orgId, ref, signal) });
}
