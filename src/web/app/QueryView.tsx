// Renders a page's data once it has loaded, and the right page when it cannot be loaded:
// 403 → no permission, 404 → not found, anything else → a plain problem page.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../api/problem.js';
import { Loading } from '../components/content.js';
import { ForbiddenPage } from '../features/errors/pages/ForbiddenPage.js';
import { NotFoundPage } from '../features/errors/pages/NotFoundPage.js';
import { ProblemPage } from '../features/errors/pages/ProblemPage.js';

export function QueryFailure({ error }: { error: unknown }) {
  if (isApiError(error, 403) && error.code !== 'csrf_failed') return <ForbiddenPage />;
  if (isApiError(error, 404)) return <NotFoundPage />;
  if (isApiError(error, 401)) return <Loading what="Taking you to sign in" />;
  return <ProblemPage detail={isApiError(error) ? error.detail : undefined} />;
}

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  loading?: string;
  children: (data: T) => ReactNode;
}

export function QueryView<T>({ query, loading, children }: QueryViewProps<T>) {
  if (query.isPending) return <Loading what={loading ?? 'Loading'} />;
  if (query.isError) return <QueryFailure error={query.error} />;
  return <>{children(query.data)}</>;
}
