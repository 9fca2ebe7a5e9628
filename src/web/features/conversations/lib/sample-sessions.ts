// The second-coding sample by session, so the coder can take one session at a time and see how
// far each has got.
import type { SampledExcerpt } from '../api/conversations-api.js';

export interface SampleSession {
  id: string;
  title: string;
  sampled: number;
  coded: number;
}

/** Sessions in the order their notes first appear in the sample. */
export function sampleSessions(excerpts: readonly SampledExcerpt[]): SampleSession[] {
  const byId = new Map<string, SampleSession>();
  for (const e of excerpts) {
    const s = byId.get(e.conversationId) ?? { id: e.conversationId, title: e.conversationTitle, sampled: 0, coded: 0 };
    s.sampled += 1;
    if (e.coding) s.coded += 1;
    byId.set(e.conversationId, s);
  }
  return [...byId.values()];
}

/** "Ward 20 nurses (2 of 6 coded)". */
export const sessionOptionLabel = (s: SampleSession): string => `${s.title} (${s.coded} of ${s.sampled} coded)`;
