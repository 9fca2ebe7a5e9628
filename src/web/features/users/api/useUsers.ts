import { useQuery } from '@tanstack/react-query';
import { listUsers, usersKey } from './users-api.js';

export function useUsers(orgId: string) {
  return useQuery({ queryKey: usersKey(orgId), queryFn: ({ signal }) => listUsers(orgId, signal).then((r) => r.items) });
}
