import { api, setCsrfToken } from '../../../api/client.js';
import type { SessionView } from '../../../api/types.js';

export const sessionKey = ['session'] as const;

export async function fetchSession(signal?: AbortSignal): Promise<SessionView> {
  const session = await api.get<SessionView>('/auth/session', signal);
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signIn(body: { email: string; password: string }): Promise<SessionView> {
  const session = await api.post<SessionView>('/auth/sign-in', body);
  setCsrfToken(session.csrfToken);
  return session;
}

export const signOut = () => api.post<void>('/auth/sign-out');
export const signOutEverywhere = () => api.post<void>('/auth/sign-out-everywhere');
export const changePassword = (body: { currentPassword: string; newPassword: string }) => api.post<void>('/auth/password', body);
