// The queries the conversations pages share, keyed under the organisation so a change anywhere
// in it can refresh them all.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useCan } from '../../../app/guards.js';
import { useSession } from '../../../app/session.js';
import {
  conversationKeys,
  getAgreement,
  getConversation,
  getGuide,
  getSecondCoding,
  listConversations,
  listFacilitators,
  type Conversation,
  type GuideKind,
} from './conversations-api.js';

interface Scope {
  orgId: string;
  programmeId: string;
}

export function useConversationList({ orgId, programmeId }: Scope) {
  return useQuery({ queryKey: conversationKeys.list(orgId, programmeId), queryFn: ({ signal }) => listConversations(orgId, programmeId, signal).then((r) => r.items) });
}

export function useConversation({ orgId, programmeId }: Scope, id: string) {
  return useQuery({ queryKey: conversationKeys.session(orgId, programmeId, id), queryFn: ({ signal }) => getConversation(orgId, programmeId, id, signal) });
}

/** Puts the session as the server sent it into the cache, and marks the list (its counts) stale. */
export function useSetConversation({ orgId, programmeId }: Scope) {
  const queryClient = useQueryClient();
  return useCallback(
    (conversation: Conversation) => {
      queryClient.setQueryData(conversationKeys.session(orgId, programmeId, conversation.id), conversation);
      void queryClient.invalidateQueries({ queryKey: conversationKeys.list(orgId, programmeId) });
    },
    [queryClient, orgId, programmeId],
  );
}

export function useGuide({ orgId, programmeId }: Scope, kind: GuideKind) {
  return useQuery({ queryKey: conversationKeys.guide(orgId, programmeId, kind), queryFn: ({ signal }) => getGuide(orgId, programmeId, kind, signal) });
}

export function useSecondCoding({ orgId, programmeId }: Scope) {
  return useQuery({ queryKey: conversationKeys.secondCoding(orgId, programmeId), queryFn: ({ signal }) => getSecondCoding(orgId, programmeId, signal) });
}

export function useAgreement({ orgId, programmeId }: Scope) {
  return useQuery({ queryKey: conversationKeys.agreement(orgId, programmeId), queryFn: ({ signal }) => getAgreement(orgId, programmeId, signal) });
}

export interface FacilitatorOption {
  value: string;
  label: string;
}

/** Who can be chosen as facilitator: the programme team, who may read notes as written. */
export function useFacilitatorOptions(scope: { orgId: string; programmeId: string }, current: { userId: string; name: string } | null): { options: FacilitatorOption[]; loading: boolean } {
  const { session } = useSession();
  const team = useQuery({ queryKey: conversationKeys.facilitators(scope.orgId, scope.programmeId), queryFn: ({ signal }) => listFacilitators(scope.orgId, scope.programmeId, signal).then((r) => r.items) });
  const me = session?.user ?? null;
  const options: FacilitatorOption[] = (team.data ?? []).map((m) => ({ value: m.id, label: m.id === me?.id ? `${m.displayName} (you)` : m.displayName }));
  if (current && !options.some((o) => o.value === current.userId)) options.push({ value: current.userId, label: current.name });
  return { options, loading: team.isPending };
}
