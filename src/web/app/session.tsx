// Who is signed in, which organisations they belong to, and which one they are working in.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Action, Membership, SessionView } from '../api/types.js';
import { fetchSession, sessionKey } from '../features/auth/api/auth-api.js';
import { setCsrfToken } from '../api/client.js';

const CURRENT_ORG_KEY = 'cultivate.currentOrganisation';

interface SessionContextValue {
  session: SessionView | undefined;
  isLoading: boolean;
  loadError: unknown;
  /** The membership the user is working in now, or null when they have none. */
  current: Membership | null;
  membershipFor: (organisationId: string | undefined) => Membership | null;
  chooseOrganisation: (organisationId: string) => void;
  /** Replaces the session after sign-in or setup, without another round trip. */
  replaceSession: (session: SessionView) => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

function readStoredOrg(): string | null {
  try {
    return window.localStorage.getItem(CURRENT_ORG_KEY);
  } catch {
    return null; // storage can be blocked; the first membership is then used
  }
}

function storeOrg(organisationId: string): void {
  try {
    window.localStorage.setItem(CURRENT_ORG_KEY, organisationId);
  } catch {
    // ignore: choosing still works for this page view
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: sessionKey, queryFn: ({ signal }) => fetchSession(signal), staleTime: 5 * 60_000, retry: 1 });
  const [chosen, setChosen] = useState<string | null>(readStoredOrg);

  const membershipFor = useCallback(
    (organisationId: string | undefined) =>
      query.data?.memberships.find((m) => m.organisationId === organisationId) ?? null,
    [query.data],
  );

  const chooseOrganisation = useCallback((organisationId: string) => {
    storeOrg(organisationId);
    setChosen(organisationId);
  }, []);

  const replaceSession = useCallback(
    (session: SessionView) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionKey, session);
    },
    [queryClient],
  );

  const value = useMemo<SessionContextValue>(() => {
    const memberships = query.data?.memberships ?? [];
    const current = memberships.find((m) => m.organisationId === chosen) ?? memberships[0] ?? null;
    return {
      session: query.data,
      isLoading: query.isPending,
      loadError: query.error,
      current,
      membershipFor,
      chooseOrganisation,
      replaceSession,
    };
  }, [query.data, query.isPending, query.error, chosen, membershipFor, chooseOrganisation, replaceSession]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

export function can(membership: Membership | null, action: Action): boolean {
  return membership?.actions.includes(action) ?? false;
}
