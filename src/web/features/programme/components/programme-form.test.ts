import { describe, expect, it } from 'vitest';
import type { ProgrammeView } from '../api/programme-api.js';
import { conflictingFields, programmePatch, programmeValues, validateProgramme } from './programme-form.js';

const programme: ProgrammeView = {
  id: 'p1',
  name: 'Culture and leadership programme',
  sponsor: 'Chief executive',
  description: '',
  startDate: '2025-04-01',
  endDate: '2027-03-31',
  version: 3,
  phases: [],
  currentPhase: 'discover',
  progressPercent: 25,
};

describe('programmeValues', () => {
  it('shows API dates in the date inputs without leading zeros', () => {
    expect(programmeValues(programme).startDate).toBe('2025-4-1');
    expect(programmeValues(programme).endDate).toBe('2027-3-31');
  });
});

describe('programmePatch', () => {
  it('sends only the version when nothing changed', () => {
    expect(programmePatch(programme, programmeValues(programme))).toEqual({ version: 3 });
  });
  it('sends the changed fields with the version the form started from', () => {
    const v = { ...programmeValues(programme), sponsor: ' Medical director ', endDate: '2027-9-30' };
    expect(programmePatch(programme, v)).toEqual({ version: 3, sponsor: 'Medical director', endDate: '2027-09-30' });
  });
});

describe('validateProgramme', () => {
  it('needs a name, a sponsor and dates in order', () => {
    const v = { ...programmeValues(programme), name: ' ', startDate: '2027-4-1' };
    expect(validateProgramme(v)).toEqual([
      { field: 'name', message: 'Enter the programme name' },
      { field: 'endDate', message: 'The end date must be the same as or after the start date' },
    ]);
  });
});

describe('conflictingFields', () => {
  it('lists what the other person changed', () => {
    const theirs = { ...programme, version: 4, sponsor: 'Director of people', endDate: '2027-06-30' };
    expect(conflictingFields(programme, theirs)).toEqual(['sponsor', 'endDate']);
  });
});
