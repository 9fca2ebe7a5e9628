// Accounts and sessions: sign-in with lockout, server-side sessions, sign-out everywhere,
// password changes. Session cookies carry a random token; only its SHA-256 is stored.
import { inTransaction } from '../../kernel/transaction.js';
import { checkPassword, PASSWORD_PROBLEM_MESSAGES } from '../../../core/accounts/password-rules.js';
import { sortRoles, type Role } from '../../../core/access/roles.js';
import type { Db } from '../../db/database.js';
import { AppError, badRequest, conflict } from '../../kernel/errors.js';
import { newId, newToken, nowIso, sha256 } from '../../kernel/ids.js';
import type { Membership, RequestSession } from '../../kernel/request-context.js';
import { recordAudit } from '../audit/index.js';
import * as repo from './auth.repository.js';
import { dummyHash, hashPassword, verifyPassword } from './password-hash.js';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;
const IDLE_MINUTES = 240;
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export function assertPasswordAcceptable(password: string, email: string, field = 'password'): void {
  const problem = checkPassword(password, email);
  if (problem) {
    throw badRequest('weak_password', 'The password does not meet the rules.', [
      { path: field, message: PASSWORD_PROBLEM_MESSAGES[problem] },
    ]);
  }
}

export interface NewAccount {
  email: string;
  displayName: string;
  password: string;
}

/** Creates an account (or reuses an existing one by email) and grants roles in an organisation. */
export async function createAccount(
  db: Db,
  organisationId: string,
  account: NewAccount,
  roles: Role[],
): Promise<{ userId: string; created: boolean }> {
  const email = normaliseEmail(account.email);
  const existing = await repo.findUserByEmail(db, email);
  let userId = existing?.id;
  if (!existing) {
    assertPasswordAcceptable(account.password, email);
    userId = newId();
    const at = nowIso();
    await repo.insertUser(db, {
      id: userId,
      email,
      display_name: account.displayName.trim(),
      password_hash: await hashPassword(account.password),
      failed_sign_ins: 0,
      locked_until: null,
      last_sign_in_at: null,
      created_at: at,
      password_changed_at: at,
    });
  }
  const id = userId as string;
  const current = (await repo.membershipsOfUser(db, id)).filter((m) => m.organisation_id === organisationId);
  if (existing && current.length) {
    throw conflict('already_member', `${email} already has access to this organisation. Change their roles instead.`);
  }
  const at = nowIso();
  await repo.insertMemberships(
    db,
    roles.map((role) => ({ organisation_id: organisationId, user_id: id, role, created_at: at })),
  );
  return { userId: id, created: !existing };
}

export interface SignInResult {
  token: string;
  session: RequestSession;
}

export async function signIn(db: Db, emailInput: string, password: string, sessionHours: number): Promise<SignInResult> {
  const email = normaliseEmail(emailInput);
  const user = await repo.findUserByEmail(db, email);
  const now = new Date();
  if (!user) {
    await verifyPassword(await dummyHash(), password);
    throw invalidCredentials();
  }
  if (user.locked_until && new Date(user.locked_until) > now) {
    throw lockedOut(user.locked_until);
  }
  const memberships = await repo.membershipsOfUser(db, user.id);
  const firstOrg = memberships[0]?.organisation_id ?? null;
  if (!(await verifyPassword(user.password_hash, password))) {
    const failures = user.failed_sign_ins + 1;
    const lock = failures >= MAX_FAILED_SIGN_INS;
    const lockedUntil = lock ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
    await repo.updateUser(db, user.id, { failed_sign_ins: lock ? 0 : failures, locked_until: lockedUntil });
    await recordAudit(db, {
      organisationId: firstOrg,
      actorUserId: user.id,
      actorLabel: email,
      action: lock ? 'auth.locked_out' : 'auth.sign_in_failed',
      detail: { failures },
    });
    if (lockedUntil) throw lockedOut(lockedUntil);
    throw invalidCredentials();
  }
  await repo.updateUser(db, user.id, { failed_sign_ins: 0, locked_until: null, last_sign_in_at: now.toISOString() });
  const token = newToken();
  const csrfToken = newToken();
  const id = sha256(token);
  await repo.insertSession(db, {
    id,
    user_id: user.id,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + sessionHours * 3_600_000).toISOString(),
  });
  for (const orgId of new Set(memberships.map((m) => m.organisation_id))) {
    await recordAudit(db, { organisationId: orgId, actorUserId: user.id, actorLabel: email, action: 'auth.sign_in' });
  }
  return {
    token,
    session: {
      id,
      csrfToken,
      user: { id: user.id, email: user.email, displayName: user.display_name },
      memberships: groupMemberships(memberships),
    },
  };
}

/** Finds the live session for a cookie token, or null. Expired and idle sessions are removed. */
export async function resolveSession(db: Db, token: string): Promise<RequestSession | null> {
  const id = sha256(token);
  const rows = await repo.findSessionWithMemberships(db, id);
  const row = rows[0];
  if (!row) return null;
  const now = Date.now();
  const idleExpired = now - Date.parse(row.last_seen_at) > IDLE_MINUTES * 60_000;
  if (Date.parse(row.expires_at) <= now || idleExpired) {
    await repo.deleteSession(db, id);
    return null;
  }
  if (now - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) await repo.touchSession(db, id, new Date(now).toISOString());
  const memberships = rows.flatMap((r) =>
    r.organisation_id !== null && r.organisation_name !== null && r.role !== null && r.data_version !== null
      ? [{ organisation_id: r.organisation_id, organisation_name: r.organisation_name, role: r.role, data_version: r.data_version }]
      : [],
  );
  return {
    id,
    csrfToken: row.csrf_token,
    user: { id: row.user_id, email: row.email, displayName: row.display_name },
    memberships: groupMemberships(memberships),
  };
}

export const signOut = (db: Db, sessionId: string): Promise<void> => repo.deleteSession(db, sessionId);

export async function signOutEverywhere(db: Db, session: RequestSession): Promise<number> {
  const count = await repo.deleteSessionsOfUser(db, session.user.id);
  for (const m of session.memberships) {
    await recordAudit(db, {
      organisationId: m.organisationId,
      actorUserId: session.user.id,
      actorLabel: session.user.email,
      action: 'auth.sign_out_everywhere',
      detail: { sessionsEnded: count },
    });
  }
  return count;
}

/** Changes the password and ends every other session, keeping the one in use. */
export async function changePassword(db: Db, session: RequestSession, current: string, next: string): Promise<void> {
  const user = await repo.findUserById(db, session.user.id);
  if (!user || !(await verifyPassword(user.password_hash, current))) {
    throw badRequest('validation_failed', 'The current password is wrong.', [
      { path: 'currentPassword', message: 'Enter your current password correctly' },
    ]);
  }
  assertPasswordAcceptable(next, user.email, 'newPassword');
  await inTransaction(db, async (trx) => {
    await repo.updateUser(trx, user.id, { password_hash: await hashPassword(next), password_changed_at: nowIso() });
    await repo.deleteSessionsOfUser(trx, user.id, session.id);
    for (const m of session.memberships) {
      await recordAudit(trx, {
        organisationId: m.organisationId,
        actorUserId: user.id,
        actorLabel: user.email,
        action: 'auth.password_changed',
      });
    }
  });
}

function groupMemberships(rows: { organisation_id: string; organisation_name: string; role: string; data_version: number }[]): Membership[] {
  const byOrg = new Map<string, Membership>();
  for (const r of rows) {
    const m = byOrg.get(r.organisation_id) ?? { organisationId: r.organisation_id, organisationName: r.organisation_name, roles: [], dataVersion: Number(r.data_version) };
    m.roles.push(r.role as Role);
    byOrg.set(r.organisation_id, m);
  }
  return [...byOrg.values()].map((m) => ({ ...m, roles: sortRoles(m.roles) }));
}

function invalidCredentials(): AppError {
  return new AppError(401, 'invalid_credentials', 'The email address or password is not right.');
}

function lockedOut(until: string): AppError {
  return new AppError(
    423,
    'account_locked',
    `This account is locked after ${MAX_FAILED_SIGN_INS} failed sign-in attempts. Try again after ${LOCKOUT_MINUTES} minutes.`,
    undefined,
    { lockedUntil: until },
  );
}

/** Replaces a user's roles in one organisation; an empty list removes their access (and ends nothing else). */
export async function replaceRoles(db: Db, organisationId: string, userId: string, roles: Role[]): Promise<void> {
  await repo.deleteMemberships(db, organisationId, userId);
  const at = nowIso();
  await repo.insertMemberships(
    db,
    roles.map((role) => ({ organisation_id: organisationId, user_id: userId, role, created_at: at })),
  );
}
