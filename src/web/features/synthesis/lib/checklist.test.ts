import { describe, expect, it } from 'vitest';
import type { Action } from '../../../api/types.js';
import { canOpenItem } from './checklist.js';

const board: Action[] = ['programme.read', 'metrics.read', 'surveys.read', 'synthesis.read'];
const staff: Action[] = ['programme.read', 'feedback.use'];

describe('canOpenItem', () => {
  it('links the board to the dashboard, surveys and synthesis but not to focus groups', () => {
    const can = (a: Action) => board.includes(a);
    expect(['dashboard', 'leadership_survey', 'synthesis', 'focus_groups', 'board_interviews'].map((k) => canOpenItem(k, can))).toEqual([true, true, true, false, false]);
  });
  it('links a member of staff to none of the diagnostics', () => {
    const can = (a: Action) => staff.includes(a);
    expect(['dashboard', 'workforce', 'patient_experience', 'focus_groups', 'leadership_survey', 'synthesis'].some((k) => canOpenItem(k, can))).toBe(false);
  });
  it('links an item it does not know, leaving the page to decide', () => {
    expect(canOpenItem('staff_story', () => false)).toBe(true);
  });
});
