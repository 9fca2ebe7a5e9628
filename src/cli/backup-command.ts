import fs from 'node:fs';
import path from 'node:path';
import { withDatabase } from './server-commands.js';

/** SQLite: an online backup that is safe while the server runs. PostgreSQL: explain pg_dump. */
export async function backupCommand(file: string): Promise<void> {
  await withDatabase(async (handle) => {
    if (!handle.sqlite) {
      console.error(
        [
          'Cultivate is running on PostgreSQL, which has its own backup tools. For example:',
          '  pg_dump --format=custom --file=cultivate.dump "$DATABASE_URL"',
          'and to restore into an empty database:',
          '  pg_restore --clean --if-exists --dbname="$DATABASE_URL" cultivate.dump',
          'Schedule it (or use continuous archiving) as your organisation’s backup policy requires.',
        ].join('\n'),
      );
      process.exitCode = 2;
      return;
    }
    const target = path.resolve(file);
    if (fs.existsSync(target)) {
      console.error(`${target} already exists. Choose a new file name so no backup is overwritten.`);
      process.exitCode = 1;
      return;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await handle.sqlite.backup(target);
    console.log(`Backed up to ${target} (${fs.statSync(target).size} bytes).`);
  });
}
