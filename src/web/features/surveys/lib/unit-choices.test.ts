import { describe, expect, it } from 'vitest';
import { unitChoices } from './unit-choices.js';

const row = (id: string, parentId: string | null, name: string, externalCode: string, staffCount: number) => ({ id, parentId, name, externalCode, kind: 'ward', staffCount });
const UNITS = [
  row('med', null, 'Medicine', 'MED', 0),
  row('uec', 'med', 'Urgent and Emergency Care', 'UEC', 0),
  row('ed', 'uec', 'Emergency Department', 'ED1', 190),
  row('amu', 'uec', 'Acute Medical Unit', 'AMU', 85),
  row('sur', null, 'Surgery', 'SUR', 12),
  row('deep', 'ed', 'Resus', 'RES', 1),
  row('deeper', 'deep', 'Resus bay A', 'RESA', 1),
];

describe('unitChoices', () => {
  it('lists the whole tree in order, indented (up to a limit), with staff counted below each unit', () => {
    const options = unitChoices(UNITS, '');
    expect(options.map((o) => [o.label, o.className])).toEqual([
      ['Medicine', undefined],
      ['Urgent and Emergency Care', 'app-indent-1'],
      ['Acute Medical Unit', 'app-indent-2'],
      ['Emergency Department', 'app-indent-2'],
      ['Resus', 'app-indent-3'],
      ['Resus bay A', 'app-indent-4'],
      ['Surgery', undefined],
    ]);
    expect(options[0]?.hint).toBe('277 staff');
    expect(options[3]?.hint).toBe('192 staff, in Medicine › Urgent and Emergency Care');
  });

  it('filters by name or code, ignoring case, and shows matches without indents', () => {
    expect(unitChoices(UNITS, 'emerg').map((o) => [o.value, o.className])).toEqual([
      ['uec', undefined],
      ['ed', undefined],
    ]);
    expect(unitChoices(UNITS, 'amu').map((o) => o.value)).toEqual(['amu']);
    expect(unitChoices(UNITS, 'nothing like it')).toEqual([]);
  });
});
