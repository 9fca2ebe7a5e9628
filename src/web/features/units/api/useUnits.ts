import { useQuery } from '@tanstack/react-query';
import { listUnits, unitsKey } from './units-api.js';

export function useUnits(orgId: string) {
  return useQuery({ queryKey: unitsKey(orgId), queryFn: ({ signal }) => listUnits(orgId, signal).then((r) => r.items) });
}
