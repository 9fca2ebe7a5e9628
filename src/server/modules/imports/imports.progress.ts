// Progress of the imports running in this process. While an import writes, its transaction's
// rows are invisible to other connections, so progress lives here, keyed by run id, and
// reads of a run merge it over the stored row. One import at a time per organisation.
import type { ImportStatus } from './imports.schemas.js';

export interface LiveRun {
  organisationId: string;
  status: ImportStatus;
  processedRows: number;
  totalRows: number;
  settled: Promise<void>;
}

const live = new Map<string, LiveRun>();

export function beginLive(id: string, organisationId: string, totalRows: number): LiveRun {
  const run: LiveRun = { organisationId, status: 'validating', processedRows: 0, totalRows, settled: Promise.resolve() };
  live.set(id, run);
  return run;
}

export const liveRun = (id: string): LiveRun | undefined => live.get(id);

export const hasLiveRunFor = (organisationId: string): boolean => [...live.values()].some((r) => r.organisationId === organisationId);

export function endLive(id: string): void {
  live.delete(id);
}

/** Resolves when the run (if still running here) has finished, successfully or not. */
export async function importSettled(id: string): Promise<void> {
  await live.get(id)?.settled;
}

/** Resolves when every import running in this process has finished (for shutdown and tests). */
export async function settleAllImports(): Promise<void> {
  while (live.size) await Promise.all([...live.values()].map((r) => r.settled));
}
