import { describe, expect, it } from 'vitest';
import { validateSubmission } from './answers.js';
import { BUILT_IN_INSTRUMENTS } from './builtins/index.js';
import { completeAnswers } from './complete-answers.js';

describe('completeAnswers', () => {
  it('answers every question of every built-in validly, whichever options are picked', () => {
    for (const def of BUILT_IN_INSTRUMENTS) {
      for (const pick of [(n: number) => n - 1, () => 0, (n: number) => Math.floor(n / 2)]) {
        const result = validateSubmission(def, { answers: completeAnswers(def, pick), demographics: {} }, 'en');
        expect(result.ok, def.key).toBe(true);
      }
    }
  });

  it('gives the real-team check its 18 statements and the team-size question', () => {
    const def = BUILT_IN_INSTRUMENTS.find((d) => d.key === 'real-team-check')!;
    const answers = completeAnswers(def, () => 0);
    expect(Object.keys(answers)).toHaveLength(19);
    expect(Object.values(answers).filter((v) => v === 1)).toHaveLength(18);
  });
});
