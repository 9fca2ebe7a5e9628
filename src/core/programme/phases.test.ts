import { describe, expect, it } from 'vitest';
import { currentPhase, progressPercent } from './phases.js';

describe('programme phases', () => {
  it('is in the phase marked in progress, even if an earlier one is not finished', () => {
    expect(
      currentPhase([
        { phase: 'scoping', status: 'not_started' },
        { phase: 'discover', status: 'in_progress' },
        { phase: 'design', status: 'not_started' },
      ]),
    ).toBe('discover');
  });

  it('falls to the first phase not started when none is in progress, whatever the input order', () => {
    expect(
      currentPhase([
        { phase: 'deliver', status: 'not_started' },
        { phase: 'design', status: 'not_started' },
        { phase: 'discover', status: 'complete' },
        { phase: 'scoping', status: 'skipped' },
      ]),
    ).toBe('design');
  });

  it('has no current phase when everything is done', () => {
    expect(currentPhase([{ phase: 'deliver', status: 'complete' }, { phase: 'scoping', status: 'skipped' }])).toBeNull();
  });

  it('counts progress over the phases that are not skipped', () => {
    // 1 of 3 counted phases complete = 33%
    expect(
      progressPercent([
        { phase: 'scoping', status: 'skipped' },
        { phase: 'discover', status: 'complete' },
        { phase: 'design', status: 'in_progress' },
        { phase: 'deliver', status: 'not_started' },
      ]),
    ).toBe(33);
    expect(progressPercent([])).toBe(0);
  });
});
