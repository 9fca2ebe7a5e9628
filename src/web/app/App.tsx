import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { setUnauthenticatedHandler } from '../api/client.js';
import { forgetSession } from './end-session.js';
import { queryClient } from './query-client.js';
import { router } from './router.js';
import { SessionProvider } from './session.js';

/** When the API says the session has ended, forget it and go to sign in, coming back here after. */
async function handleUnauthenticated(): Promise<void> {
  const { pathname, search } = router.state.location;
  const refreshed = forgetSession(queryClient);
  if (pathname !== '/sign-in' && pathname !== '/setup') {
    const returnTo = `${pathname}${search}`;
    await router.navigate(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`, { replace: true });
  }
  await refreshed;
}

export function App() {
  useEffect(() => {
    setUnauthenticatedHandler(() => void handleUnauthenticated());
    return () => setUnauthenticatedHandler(null);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>
  );
}
