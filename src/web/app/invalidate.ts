import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** Every query for one organisation is keyed ['org', orgId, …]: after a change, refresh them all. */
export function useInvalidateOrg(orgId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['org', orgId] }), [queryClient, orgId]);
}
