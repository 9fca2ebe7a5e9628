// Cookie names and options. Cookies are httpOnly and SameSite=Strict; Secure whenever the
// request arrived over TLS (directly or through a trusted proxy).
import type { CookieSerializeOptions } from '@fastify/cookie';

export const SESSION_COOKIE = 'cultivate_session';
export const CSRF_COOKIE = 'cultivate_csrf';

export function sessionCookieOptions(maxAgeSeconds: number): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto', maxAge: maxAgeSeconds };
}
