// TanStack Query hook for the workforce analysis. The server keeps each answer until the
// organisation's data changes, so a few minutes' staleness here costs nothing and saves the
// second or so the analysis takes on a large trust.
import { useQuery } from '@tanstack/react-query';
import { getWorkforce, workforceKeys } from './workforce-api.js';

/** The analysis on `asOf` (yyyy-mm-dd), or today when null. */
export function useWorkforce(orgId: string, asOf: string | null) {
  return useQuery({ queryKey: workforceKeys.analysis(orgId, asOf ?? ''), queryFn: ({ signal }) => getWorkforce(orgId, asOf, signal), staleTime: 5 * 60_000 });
}
