// Strengths and concerns counted by hand for a small tree of units, with the small-number rule.
import { describe, expect, it } from 'vitest';
import type { FeedbackKind } from './feedback-values.js';
import { strengthsAndConcerns, type CodedFeedback } from './strengths-concerns.js';

const THEMES = ['support_compassion', 'teamwork', 'vision_values'];
// Medicine holds Ward A and Ward B; Estates stands alone.
const UNITS = [
  { id: 'med', parentId: null },
  { id: 'wa', parentId: 'med' },
  { id: 'wb', parentId: 'med' },
  { id: 'est', parentId: null },
];

const many = (n: number, unitId: string | null, kind: FeedbackKind, themes: string[]): CodedFeedback[] => Array.from({ length: n }, () => ({ unitId, kind, themes }));

describe('strengthsAndConcerns', () => {
  // Ward A: 6 compliments (4 support and compassion, 2 of those also teamwork; 2 uncoded) and 3
  //   complaints (teamwork).
  // Ward B: 2 compliments (support and compassion) and 5 complaints (3 support and compassion,
  //   2 uncoded).
  // Medicine itself: 1 complaint (vision and values).
  // No unit: 1 compliment (teamwork) and 1 complaint coded to an unknown theme (ignored).
  const items = [
    ...many(2, 'wa', 'compliment', ['support_compassion', 'teamwork']),
    ...many(2, 'wa', 'compliment', ['support_compassion', 'support_compassion']),
    ...many(2, 'wa', 'compliment', []),
    ...many(3, 'wa', 'complaint', ['teamwork']),
    ...many(2, 'wb', 'compliment', ['support_compassion']),
    ...many(3, 'wb', 'complaint', ['support_compassion']),
    ...many(2, 'wb', 'complaint', []),
    ...many(1, 'med', 'complaint', ['vision_values']),
    ...many(1, null, 'compliment', ['teamwork']),
    ...many(1, null, 'complaint', ['parking']),
  ];
  const result = new Map(strengthsAndConcerns(items, UNITS, THEMES).map((r) => [r.unitKey, r]));

  it('counts the whole organisation: every item, a theme once per item', () => {
    // Compliments: 6 + 2 + 1 = 9, coded 4 + 2 + 1 = 7; support 4 + 2 = 6; teamwork 2 + 1 = 3.
    expect(result.get('organisation')!.strengths).toEqual({ status: 'shown', items: 9, coded: 7, byTheme: { support_compassion: 6, teamwork: 3, vision_values: 0 } });
    // Complaints: 3 + 5 + 1 + 1 = 10, coded 3 + 3 + 1 = 7 (the unknown theme codes nothing).
    expect(result.get('organisation')!.concerns).toEqual({ status: 'shown', items: 10, coded: 7, byTheme: { support_compassion: 3, teamwork: 3, vision_values: 1 } });
  });

  it('rolls each unit up with everything below it', () => {
    // Medicine: compliments 6 + 2 = 8; complaints 3 + 5 + 1 = 9.
    expect(result.get('med')!.strengths).toEqual({ status: 'shown', items: 8, coded: 6, byTheme: { support_compassion: 6, teamwork: 2, vision_values: 0 } });
    expect(result.get('med')!.concerns).toEqual({ status: 'shown', items: 9, coded: 7, byTheme: { support_compassion: 3, teamwork: 3, vision_values: 1 } });
  });

  it('shows “too few” for a kind with fewer than 5 items in a unit, judging each kind apart', () => {
    expect(result.get('wa')!.strengths).toMatchObject({ status: 'shown', items: 6, coded: 4 });
    expect(result.get('wa')!.concerns).toEqual({ status: 'too_few', items: null, coded: null, byTheme: null });
    expect(result.get('wb')!.strengths.status).toBe('too_few');
    expect(result.get('wb')!.concerns).toMatchObject({ status: 'shown', items: 5, coded: 3, byTheme: { support_compassion: 3, teamwork: 0, vision_values: 0 } });
    expect(result.get('est')).toEqual({ unitKey: 'est', strengths: { status: 'none', items: null, coded: null, byTheme: null }, concerns: { status: 'none', items: null, coded: null, byTheme: null } });
  });

  it('takes another threshold, and lists the organisation first then the units in order', () => {
    const k3 = strengthsAndConcerns(items, UNITS, THEMES, 3);
    expect(k3.map((r) => r.unitKey)).toEqual(['organisation', 'med', 'wa', 'wb', 'est']);
    expect(k3[2]!.concerns).toMatchObject({ status: 'shown', items: 3, byTheme: { teamwork: 3 } });
    expect(k3[3]!.strengths.status).toBe('too_few');
  });
});
