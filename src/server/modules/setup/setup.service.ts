// First run. With an empty database the server mints a one-time setup token (only its hash is
// stored) and prints a link. The setup page uses it once, to create the organisation and its
// first administrator or to load the demo organisation. Consuming the token is a single
// conditional delete inside the same transaction, so two racing requests cannot both succeed.
import { refreshPlannerStatistics } from '../../db/statistics.js';
import { inTransaction } from '../../kernel/transaction.js';
import type { Role } from '../../../core/access/roles.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { newToken, nowIso, sha256 } from '../../kernel/ids.js';
import { recordAudit } from '../audit/index.js';
import { countUsers, createAccount, signIn } from '../auth/index.js';
import { loadDemo, type DemoAccount } from '../demo/index.js';
import { countOrganisations, createOrganisation, type ORGANISATION_KINDS } from '../organisations/index.js';
import * as repo from './setup.repository.js';

const TOKEN_KEY = 'setup_token_sha256';

export async function isSetupRequired(db: Db): Promise<boolean> {
  return (await countOrganisations(db)) === 0 && (await countUsers(db)) === 0;
}

/** Mints a fresh setup token when the database is empty; returns it, or null when set up already. */
export async function prepareSetupToken(db: Db): Promise<string | null> {
  if (!(await isSetupRequired(db))) return null;
  const token = newToken();
  await repo.putState(db, TOKEN_KEY, sha256(token), nowIso());
  return token;
}

export async function setupStatus(db: Db, token: string | undefined) {
  const required = await isSetupRequired(db);
  const stored = await repo.getState(db, TOKEN_KEY);
  return { setupRequired: required, tokenValid: required && !!token && stored === sha256(token) };
}

async function consumeToken(db: Db, token: string): Promise<void> {
  if (!(await isSetupRequired(db))) {
    throw new AppError(410, 'setup_complete', 'Cultivate has already been set up. Sign in instead.');
  }
  if (!(await repo.takeState(db, TOKEN_KEY, sha256(token)))) {
    // A racing setup may have consumed the token and committed while we waited on its lock.
    if (!(await isSetupRequired(db))) {
      throw new AppError(410, 'setup_complete', 'Cultivate has already been set up. Sign in instead.');
    }
    throw new AppError(403, 'invalid_setup_token', 'This setup link is not valid. Use the link printed when the server started.');
  }
}

export interface SetupInput {
  token: string;
  organisation: { name: string; odsCode: string | null; kind: (typeof ORGANISATION_KINDS)[number] };
  admin: { displayName: string; email: string; password: string };
}

export async function completeSetup(db: Db, input: SetupInput, sessionHours: number) {
  await inTransaction(db, async (trx) => {
    await consumeToken(trx, input.token);
    const organisationId = await createOrganisation(trx, input.organisation);
    const roles: Role[] = ['admin'];
    const { userId } = await createAccount(trx, organisationId, input.admin, roles);
    await recordAudit(trx, {
      organisationId,
      actorUserId: userId,
      actorLabel: input.admin.email.toLowerCase(),
      action: 'setup.completed',
      detail: { organisation: input.organisation.name },
    });
  });
  return signIn(db, input.admin.email, input.admin.password, sessionHours);
}

export async function setupWithDemo(db: Db, token: string, sessionHours: number) {
  const demo = await inTransaction(db, async (trx) => {
    await consumeToken(trx, token);
    return loadDemo(trx);
  });
  await refreshPlannerStatistics(db);
  const admin = demo.accounts.find((a) => a.role === 'admin') as DemoAccount;
  const signedIn = await signIn(db, admin.email, admin.password, sessionHours);
  return { ...demo, signedIn };
}
