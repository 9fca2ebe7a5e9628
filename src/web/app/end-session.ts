// Forgetting a session in the browser after sign-out (or when the server says it has ended).
// The session query stays in the cache (its observers must keep watching the same query),
// and is set to "signed out"; everything else cached belongs to the old session and goes.
import type { QueryClient } from '@tanstack/react-query';
import type { SessionView } from '../api/types.js';
import { sessionKey } from '../features/auth/api/auth-api.js';

/**
 * Marks the session signed out at once (so no page still thinks someone is signed in), then
 * fetches the signed-out session view, which carries a fresh CSRF token for the sign-in form.
 * Navigate after calling this, not before: the sign-in page sends a signed-in user onwards.
 */
export function forgetSession(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData<SessionView>(sessionKey, (s) => ({ user: null, memberships: [], csrfToken: s?.csrfToken ?? '' }));
  return queryClient.invalidateQueries({ queryKey: sessionKey });
}
