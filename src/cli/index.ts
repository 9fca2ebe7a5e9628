// The `cultivate` command: serve, database, accounts, demo, imports, offline survey analysis and backups.
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig, ConfigError } from '../server/config.js';
import { backupCommand } from './backup-command.js';
import { adminCreateCommand } from './admin-command.js';
import { demoCommand, migrateCommand, serveCommand } from './server-commands.js';
import { importCommand } from './import-cli.js';
import { analyseCommand } from './analyse-command.js';
import { spcCommand } from './spc-command.js';

const program = new Command()
  .name('cultivate')
  .description('Cultivate: run an NHS culture and leadership programme.')
  .showHelpAfterError();

program.command('serve').description('Start the web server (migrates the database first)').action(serveCommand);

program.command('db').description('Database tasks').command('migrate').description('Bring the database schema up to date').action(migrateCommand);

program
  .command('admin')
  .description('Accounts')
  .command('create')
  .description('Create an administrator account for an organisation')
  .requiredOption('--email <email>', 'their work email address')
  .requiredOption('--name <name>', 'their full name')
  .option('--organisation <id>', 'the organisation id (defaults to the only organisation)')
  .option('--new-organisation <name>', 'create a new organisation with this name instead')
  .option('--password-stdin', 'read the password from standard input instead of generating one')
  .action(adminCreateCommand);

program
  .command('demo')
  .description('Load the demo organisation (prints its accounts and passwords)')
  .option('--reset', 'remove any existing demo organisation first')
  .action(demoCommand);

program
  .command('import')
  .description('Import units or staff from a CSV or XLSX file (all or nothing)')
  .argument('<kind>', 'units or staff', (value: string) => {
    if (value !== 'units' && value !== 'staff') throw new InvalidArgumentError('Choose units or staff.');
    return value;
  })
  .argument('<file>', 'the .csv or .xlsx file')
  .option('--organisation <id>', 'the organisation id (defaults to the only organisation)')
  .action(importCommand);

program.addCommand(analyseCommand());
program.addCommand(spcCommand());

program.command('backup').description('Back up the database to a file (SQLite), or explain how (PostgreSQL)').argument('<file>', 'where to write the backup').action(backupCommand);

try {
  loadConfig(); // fail fast on bad configuration, before any command runs
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  throw error;
}
