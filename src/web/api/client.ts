// The one way the web app talks to the API: same-origin cookies, JSON, the CSRF token on
// every state-changing request, and problem+json turned into ApiError.
import { ApiError, networkError, toApiError } from './problem.js';

export const API_BASE = '/api/v1';

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** The session endpoint, sign-in and setup all hand out a token; the latest one wins. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token && token.length > 0 ? token : csrfToken;
}

/** Called when the API says the session has ended (401), so the app can go to sign in. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
}

/** A response's JSON body; undefined when empty, the text itself when it is not JSON. */
export async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function send(method: Method, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body; // the browser sets the multipart boundary itself
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(`${API_BASE}${path}`, { method, headers, body, credentials: 'same-origin', signal: options.signal ?? null });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
}

/** Fetches the session view just to learn the current CSRF token. */
async function refreshCsrfToken(): Promise<void> {
  const response = await send('GET', '/auth/session', {});
  const body = await readBody(response);
  if (response.ok && typeof body === 'object' && body && 'csrfToken' in body) {
    setCsrfToken(String((body as { csrfToken: unknown }).csrfToken));
  }
}

const NO_REDIRECT_ON_401 = new Set(['invalid_credentials']);

export async function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  if (method !== 'GET' && !csrfToken) await refreshCsrfToken();
  let response = await send(method, path, options);
  let body = await readBody(response);
  if (response.status === 403 && (body as { code?: unknown } | undefined)?.code === 'csrf_failed') {
    // The token went stale (for example after signing in elsewhere): fetch a fresh one, try once more.
    await refreshCsrfToken();
    response = await send(method, path, options);
    body = await readBody(response);
  }
  if (response.ok) return body as T;
  const error: ApiError = toApiError(response.status, body);
  if (error.status === 401 && !NO_REDIRECT_ON_401.has(error.code) && path !== '/auth/session') onUnauthenticated?.();
  throw error;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>('GET', path, signal ? { signal } : {}),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  delete: <T = void>(path: string) => apiRequest<T>('DELETE', path),
  upload: <T>(path: string, form: FormData) => apiRequest<T>('POST', path, { body: form }),
};

/** Path helper for everything under one organisation. */
export const orgPath = (orgId: string, rest = '') => `/organisations/${encodeURIComponent(orgId)}${rest}`;
