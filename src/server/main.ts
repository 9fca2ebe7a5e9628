// Starts the server: migrate, prepare first run (setup link or demo), then listen.
import { refreshPlannerStatistics } from './db/statistics.js';
import { inTransaction } from './kernel/transaction.js';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase, type DbHandle } from './db/database.js';
import { migrateToLatest } from './db/migrator.js';
import { describeDemoAccounts, loadDemo } from './modules/demo/index.js';
import { listDemoOrganisations } from './modules/organisations/index.js';
import { prepareSetupToken } from './modules/setup/index.js';

export interface RunningServer {
  app: FastifyInstance;
  handle: DbHandle;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(config: Config, log: (line: string) => void = console.log): Promise<RunningServer> {
  const handle = openDatabase(config.database);
  await migrateToLatest(handle.db);
  const app = await buildApp(config, handle);
  const address = await app.listen({ port: config.port, host: config.host });
  const url = config.publicUrl ?? address.replace('[::1]', 'localhost');

  if (config.demo && (await listDemoOrganisations(handle.db)).length === 0) {
    const demo = await inTransaction(handle.db, (trx) => loadDemo(trx));
    await refreshPlannerStatistics(handle.db);
    log(describeDemoAccounts(demo.accounts));
  } else if (config.demo) {
    log('The demo organisation is already loaded. Run `cultivate demo --reset` to reload it with new passwords.');
  } else {
    const token = await prepareSetupToken(handle.db);
    if (token) log(`Open this link to set up Cultivate (it works once): ${url}/setup?token=${token}`);
  }
  log(`Cultivate is listening on ${url}`);

  return {
    app,
    handle,
    url,
    stop: async () => {
      await app.close();
      await handle.close();
    },
  };
}
