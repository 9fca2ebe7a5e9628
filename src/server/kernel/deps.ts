// The shared services every module receives when the app is built.
import type { Config } from '../config.js';
import type { DbHandle } from '../db/database.js';
import type { Mailer } from './mailer.js';
import type { SecretKey } from './secret-key.js';

export interface AppDeps {
  config: Config;
  database: DbHandle;
  secretKey: SecretKey;
  /** Null when no mail server is configured: messages then wait in the outbox. */
  mailer: Mailer | null;
}
