import { inTransaction } from '../server/kernel/transaction.js';
import { createInterface } from 'node:readline/promises';
import { AppError } from '../server/kernel/errors.js';
import { createAccount } from '../server/modules/auth/index.js';
import { createOrganisation, listOrganisations } from '../server/modules/organisations/index.js';
import { generatePassword } from '../server/modules/users/index.js';
import { withDatabase } from './server-commands.js';

interface Options {
  email: string;
  name: string;
  organisation?: string;
  newOrganisation?: string;
  passwordStdin?: boolean;
}

async function readStdinLine(): Promise<string> {
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

export async function adminCreateCommand(options: Options): Promise<void> {
  const password = options.passwordStdin ? await readStdinLine() : generatePassword();
  try {
    await withDatabase(async (handle) =>
      inTransaction(handle.db, async (trx) => {
        let organisationId = options.organisation;
        if (options.newOrganisation) {
          organisationId = await createOrganisation(trx, { name: options.newOrganisation, odsCode: null, kind: 'other' });
        }
        if (!organisationId) {
          const orgs = await listOrganisations(trx);
          if (orgs.length !== 1) {
            throw new AppError(400, 'organisation_required', `There are ${orgs.length} organisations. Name one with --organisation <id>:\n${orgs.map((o) => `  ${o.id}  ${o.name}`).join('\n')}`);
          }
          organisationId = (orgs[0] as { id: string }).id;
        }
        await createAccount(trx, organisationId, { email: options.email, displayName: options.name, password }, ['admin']);
      }),
    );
  } catch (error) {
    if (error instanceof AppError) {
      console.error([error.message, ...(error.errors ?? []).map((e) => `  ${e.path}: ${e.message}`)].join('\n'));
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  console.log(`Administrator ${options.email} created.`);
  if (!options.passwordStdin) console.log(`One-time password (shown only now): ${password}`);
}
