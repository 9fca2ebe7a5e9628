// The API answers every failure with application/problem+json. This turns any failed
// response (or a network failure) into one typed error the pages can rely on.

/** One field-level problem: `path` is the API's dotted field path, like "admin.email". */
export interface FieldProblem {
  path: string;
  message: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldProblem[] = [],
    /** The whole problem body, for extra members such as `lockedUntil` or `current`. */
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

const GENERIC_DETAIL = 'Something went wrong. Try again later.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): FieldProblem[] => {
    if (!isRecord(item) || typeof item.message !== 'string') return [];
    const path = typeof item.path === 'string' ? item.path : '';
    return [{ path, message: item.message }];
  });
}

/** Builds an ApiError from a response status and its (possibly unparseable) body. */
export function toApiError(status: number, body: unknown): ApiError {
  if (!isRecord(body)) return new ApiError(status, `http_${status}`, GENERIC_DETAIL);
  const code = typeof body.code === 'string' ? body.code : `http_${status}`;
  const detail =
    typeof body.detail === 'string' && body.detail.length > 0
      ? body.detail
      : typeof body.title === 'string' && body.title.length > 0
        ? body.title
        : GENERIC_DETAIL;
  return new ApiError(status, code, detail, fieldProblems(body.errors), body);
}

export function networkError(): ApiError {
  return new ApiError(0, 'network_error', 'Cultivate could not reach the server. Check your connection and try again.');
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** What to tell someone whose change was refused: the server's field messages, else its detail, else `fallback` (no answer came). */
export function refusalText(error: unknown, fallback: string): string {
  if (!isApiError(error)) return fallback;
  return error.errors.length ? error.errors.map((e) => e.message).join('. ') : error.detail;
}
