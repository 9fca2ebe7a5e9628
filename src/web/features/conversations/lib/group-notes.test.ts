import { describe, expect, it } from 'vitest';
import type { Excerpt, GuideQuestion } from '../api/conversations-api.js';
import { groupNotes, questionHeading } from './group-notes.js';

const q = (id: string, text: string): GuideQuestion => ({ id, text, prompts: [], elements: ['teamwork'], minutes: 5 });
const note = (id: string, position: number, questionId: string | null): Excerpt => ({ id, questionId, position, text: id, unredacted: true, secondCoding: false, coding: null, suggestions: [], version: 1 });

describe('groupNotes', () => {
  const questions = [q('warm-up', 'What is it like to work here?'), q('teamwork', 'How well does your team work together?')];
  it('puts notes under the guide’s questions in order, then the rest, numbering them as shown', () => {
    const groups = groupNotes(questions, [note('a', 1, null), note('b', 2, 'teamwork'), note('c', 3, 'warm-up'), note('d', 4, 'gone'), note('e', 5, 'teamwork')]);
    expect(groups.map((g) => [g.question?.id ?? null, g.notes.map((n) => `${n.number}:${n.excerpt.id}`)])).toEqual([
      ['warm-up', ['1:c']],
      ['teamwork', ['2:b', '3:e']],
      [null, ['4:a', '5:d']],
    ]);
    expect(questionHeading(groups[1]!)).toBe('Q2. How well does your team work together?');
    expect(questionHeading(groups[2]!)).toBe('Notes under no particular question');
  });
  it('has no group for notes under no question when there are none', () => {
    expect(groupNotes(questions, [note('a', 1, 'warm-up')]).map((g) => g.question?.id)).toEqual(['warm-up', 'teamwork']);
  });
});
