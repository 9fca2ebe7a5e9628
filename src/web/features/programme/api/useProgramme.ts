import { useQuery } from '@tanstack/react-query';
import { listChangeTeam, listProgrammes, programmeKeys } from './programme-api.js';

/** The organisation's current programme: the newest one (the API lists newest first), or null. */
export function useCurrentProgramme(orgId: string) {
  return useQuery({
    queryKey: programmeKeys.all(orgId),
    queryFn: ({ signal }) => listProgrammes(orgId, signal),
    select: (r) => r.items[0] ?? null,
  });
}

export function useChangeTeam(orgId: string, programmeId: string | undefined) {
  return useQuery({
    queryKey: programmeKeys.changeTeam(orgId, programmeId ?? ''),
    queryFn: ({ signal }) => listChangeTeam(orgId, programmeId ?? '', signal).then((r) => r.items),
    enabled: programmeId !== undefined,
  });
}
