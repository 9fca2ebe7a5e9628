import { inTransaction } from '../server/kernel/transaction.js';
import { refreshPlannerStatistics } from '../server/db/statistics.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrator.js';
import { startServer } from '../server/main.js';
import { describeDemoAccounts, loadDemo, resetDemo } from '../server/modules/demo/index.js';
import { listDemoOrganisations } from '../server/modules/organisations/index.js';

export async function serveCommand(): Promise<void> {
  const server = await startServer(loadConfig());
  const stop = async (signal: string) => {
    console.log(`Received ${signal}; stopping.`);
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

/** Opens and migrates the configured database, runs `work`, then closes it. */
export async function withDatabase<T>(work: (handle: ReturnType<typeof openDatabase>) => Promise<T>): Promise<T> {
  const handle = openDatabase(loadConfig().database);
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

export async function migrateCommand(): Promise<void> {
  await withDatabase(async () => console.log('The database schema is up to date.'));
}

export async function demoCommand(options: { reset?: boolean }): Promise<void> {
  const demo = await withDatabase(async (handle) => {
    if (!options.reset && (await listDemoOrganisations(handle.db)).length) return null;
    const loaded = options.reset ? await resetDemo(handle.db) : await inTransaction(handle.db, (trx) => loadDemo(trx));
    await refreshPlannerStatistics(handle.db);
    return loaded;
  });
  if (!demo) {
    console.error('The demo organisation is already loaded. Run `cultivate demo --reset` to reload it with new passwords.');
    process.exitCode = 1;
    return;
  }
  console.log(describeDemoAccounts(demo.accounts));
}
