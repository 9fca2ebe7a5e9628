// What an excerpt's reader sees: the notes as written only for the session's facilitator and the
// note's author; for everyone else, staff names, unit names and contact details are taken out
// first, as they are from survey comments. The redactor is compiled once per organisation and
// data version (staff and unit changes bump the version).
import { compileRedactor, redactComment, type Redactor } from '../../../core/comments/redact.js';
import type { Db } from '../../db/database.js';
import { staffNames } from '../staff/index.js';
import { listUnits } from '../units/index.js';

const redactors = new Map<string, Promise<Redactor>>();

export function redactorFor(db: Db, organisationId: string, dataVersion: number): Promise<Redactor> {
  const key = `${organisationId}@${dataVersion}`;
  let entry = redactors.get(key);
  if (!entry) {
    entry = Promise.all([staffNames(db, organisationId), listUnits(db, organisationId)]).then(([names, units]) => compileRedactor(names, { units: units.map((u) => u.name) }));
    redactors.set(key, entry);
    entry.catch(() => redactors.delete(key));
    if (redactors.size > 50) redactors.delete(redactors.keys().next().value as string);
  }
  return entry;
}

export const redacted = (text: string, redactor: Redactor): string => redactComment(text, redactor).text;
