// Finds an instrument definition by reference: "builtin:<key>" for the built-in library,
// or an organisation's own instrument id (its latest published version).
import { BUILT_IN_INSTRUMENTS } from '../../../core/instruments/builtins/index.js';
import type { InstrumentDefinition } from '../../../core/instruments/definition.js';
import type { Db } from '../../db/database.js';
import { latestPublishedVersion } from './instruments.repository.js';

export const BUILT_IN_PREFIX = 'builtin:';
export const BUILT_IN_VERSION = 1;

export interface ResolvedInstrument {
  ref: string;
  version: number;
  definition: InstrumentDefinition;
}

export const builtInRef = (key: string) => `${BUILT_IN_PREFIX}${key}`;

export async function resolveInstrument(db: Db, organisationId: string, ref: string): Promise<ResolvedInstrument | null> {
  if (ref.startsWith(BUILT_IN_PREFIX)) {
    const definition = BUILT_IN_INSTRUMENTS.find((d) => builtInRef(d.key) === ref);
    return definition ? { ref, version: BUILT_IN_VERSION, definition } : null;
  }
  const row = await latestPublishedVersion(db, organisationId, ref);
  return row ? { ref, version: row.version, definition: JSON.parse(row.definition) as InstrumentDefinition } : null;
}
