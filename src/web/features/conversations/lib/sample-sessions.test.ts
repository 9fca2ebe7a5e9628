import { describe, expect, it } from 'vitest';
import type { SampledExcerpt } from '../api/conversations-api.js';
import { sampleSessions, sessionOptionLabel } from './sample-sessions.js';

const coding = { codes: [], behaviours: [], themes: [], version: 1, codedAt: '' };
const e = (id: string, conversationId: string, coded: boolean): SampledExcerpt => ({ id, conversationId, conversationTitle: `Session ${conversationId}`, question: null, text: id, coding: coded ? coding : null, version: 1 });

describe('sampleSessions', () => {
  it('counts each session’s sampled and coded notes, in the order they first appear', () => {
    const sessions = sampleSessions([e('1', 'b', true), e('2', 'a', false), e('3', 'b', false), e('4', 'b', true)]);
    expect(sessions).toEqual([
      { id: 'b', title: 'Session b', sampled: 3, coded: 2 },
      { id: 'a', title: 'Session a', sampled: 1, coded: 0 },
    ]);
    expect(sessionOptionLabel(sessions[0]!)).toBe('Session b (2 of 3 coded)');
  });
  it('is empty for an empty sample', () => {
    expect(sampleSessions([])).toEqual([]);
  });
});
