// Route guards: signed in, a member of the organisation in the URL, and allowed the action
// the page needs. The server enforces all of this too; these keep the pages honest.
import { useEffect, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import type { Action } from '../api/types.js';
import { Loading } from '../components/content.js';
import { ForbiddenPage } from '../features/errors/pages/ForbiddenPage.js';
import { NotFoundPage } from '../features/errors/pages/NotFoundPage.js';
import { QueryFailure } from './QueryView.js';
import { can, useSession } from './session.js';

export function RequireSignIn() {
  const { session, isLoading, loadError } = useSession();
  const location = useLocation();
  if (isLoading) return <Loading />;
  if (loadError && !session) return <QueryFailure error={loadError} />;
  if (!session?.user) {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={returnTo === '/' ? '/sign-in' : `/sign-in?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  return <Outlet />;
}

/** Everything under /organisations/:orgId: the user must be a member (the API answers 404 otherwise). */
export function OrganisationScope() {
  const { orgId } = useParams();
  const { membershipFor, current, chooseOrganisation } = useSession();
  const membership = membershipFor(orgId);
  useEffect(() => {
    if (membership && current?.organisationId !== membership.organisationId) chooseOrganisation(membership.organisationId);
  }, [membership, current, chooseOrganisation]);
  if (!membership) return <NotFoundPage />;
  return <Outlet />;
}

/** Shows the page only when the membership allows one of the actions. */
export function Allow({ anyOf, children }: { anyOf: readonly Action[]; children: ReactNode }) {
  const { orgId } = useParams();
  const { membershipFor } = useSession();
  const membership = membershipFor(orgId);
  if (!anyOf.some((action) => can(membership, action))) return <ForbiddenPage />;
  return <>{children}</>;
}

/** The organisation id of the current route; guarded routes always have one. */
export function useOrgId(): string {
  const { orgId } = useParams();
  const { current } = useSession();
  return orgId ?? current?.organisationId ?? '';
}

export function useCan(action: Action): boolean {
  const orgId = useOrgId();
  const { membershipFor } = useSession();
  return can(membershipFor(orgId), action);
}
