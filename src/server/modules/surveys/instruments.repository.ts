// SQL for organisations' own instrument copies and their versions.
import type { Db } from '../../db/database.js';

export const latestPublishedVersion = (db: Db, organisationId: string, instrumentId: string) =>
  db
    .selectFrom('instrument_versions')
    .select(['version', 'definition'])
    .where('organisation_id', '=', organisationId)
    .where('instrument_id', '=', instrumentId)
    .where('status', '=', 'published')
    .orderBy('version', 'desc')
    .executeTakeFirst();
