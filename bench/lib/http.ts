// Signing in over HTTP with the documented session + CSRF flow, keeping cookies in a small jar.

export class CookieJar {
  private cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      if (eq > 0) this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

type SessionView = {
  user: { id: string; email: string } | null;
  memberships: { organisationId: string; organisationName: string; roles: string[] }[];
  csrfToken: string;
};

async function json<T>(res: Response, what: string): Promise<T> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${what} answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** GET /auth/session for the CSRF token, then POST /auth/sign-in. Returns the cookie header and the session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<{ cookie: string; session: SessionView }> {
  const jar = new CookieJar();
  const first = await fetch(`${baseUrl}/api/v1/auth/session`);
  jar.take(first);
  const { csrfToken } = await json<SessionView>(first, 'GET /api/v1/auth/session');
  const res = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: jar.header() },
    body: JSON.stringify({ email, password }),
  });
  jar.take(res);
  const session = await json<SessionView>(res, 'POST /api/v1/auth/sign-in');
  return { cookie: jar.header(), session };
}
