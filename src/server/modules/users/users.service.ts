import { inTransaction } from '../../kernel/transaction.js';
import { randomBytes } from 'node:crypto';
import { sortRoles, type Role } from '../../../core/access/roles.js';
import type { Db } from '../../db/database.js';
import { conflict, notFound } from '../../kernel/errors.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { recordAudit } from '../audit/index.js';
import { createAccount, replaceRoles } from '../auth/index.js';
import * as repo from './users.repository.js';
import type { MemberView } from './users.schemas.js';

/** A generated password: four groups of random letters and digits, about 95 bits. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY2346789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

export async function listMembers(db: Db, organisationId: string): Promise<MemberView[]> {
  const rows = await repo.listMembers(db, organisationId);
  const byUser = new Map<string, MemberView>();
  const now = new Date().toISOString();
  for (const r of rows) {
    const m = byUser.get(r.id) ?? {
      id: r.id,
      email: r.email,
      displayName: r.display_name,
      roles: [],
      lastSignInAt: r.last_sign_in_at,
      locked: !!r.locked_until && r.locked_until > now,
    };
    m.roles.push(r.role as Role);
    byUser.set(r.id, m);
  }
  return [...byUser.values()].map((m) => ({ ...m, roles: sortRoles(m.roles) }));
}

export async function addMember(
  db: Db,
  actor: OrgContext,
  input: { email: string; displayName: string; roles: Role[]; password?: string },
): Promise<{ userId: string; created: boolean; oneTimePassword: string | null }> {
  const oneTimePassword = input.password ? null : generatePassword();
  return inTransaction(db, async (trx) => {
    const result = await createAccount(
      trx,
      actor.organisationId,
      { email: input.email, displayName: input.displayName, password: input.password ?? (oneTimePassword as string) },
      input.roles,
    );
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      actorLabel: actor.actorLabel,
      action: 'user.created',
      targetType: 'user',
      targetId: result.userId,
      detail: { email: input.email.toLowerCase(), roles: input.roles, newAccount: result.created },
    });
    return { ...result, oneTimePassword: result.created ? oneTimePassword : null };
  });
}

async function assertAdminRemains(db: Db, organisationId: string, userId: string, keepsAdmin: boolean) {
  const current = await repo.rolesOf(db, organisationId, userId);
  if (!current.length) throw notFound('User');
  if (current.includes('admin') && !keepsAdmin && (await repo.countAdmins(db, organisationId)) <= 1) {
    throw conflict('last_admin', 'This is the only administrator. Give someone else the administrator role first.');
  }
  return current;
}

export async function setRoles(db: Db, actor: OrgContext, userId: string, roles: Role[]): Promise<void> {
  await inTransaction(db, async (trx) => {
    const before = await assertAdminRemains(trx, actor.organisationId, userId, roles.includes('admin'));
    await replaceRoles(trx, actor.organisationId, userId, roles);
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      actorLabel: actor.actorLabel,
      action: 'user.roles_changed',
      targetType: 'user',
      targetId: userId,
      detail: { before: before.sort(), after: [...roles].sort() },
    });
  });
}

export async function removeMember(db: Db, actor: OrgContext, userId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await assertAdminRemains(trx, actor.organisationId, userId, false);
    await replaceRoles(trx, actor.organisationId, userId, []);
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      actorLabel: actor.actorLabel,
      action: 'user.removed',
      targetType: 'user',
      targetId: userId,
    });
  });
}
