// Turning one text label per respondent into group indices in a natural order.
import { describe, expect, it } from 'vitest';
import { groupsFromLabels } from './groups.js';

describe('groupsFromLabels', () => {
  it('sorts labels naturally, trims them and puts blank labels in no group', () => {
    const g = groupsFromLabels(['10', '9', ' 9', '', null, 'Ward 2', 'Ward 10', undefined, '  ']);
    expect(g.labels).toEqual(['9', '10', 'Ward 2', 'Ward 10']);
    expect([...g.index]).toEqual([1, 0, 0, -1, -1, 2, 3, -1, -1]);
  });

  it('keeps labels the collator ranks equal as separate groups in a fixed order', () => {
    expect(groupsFromLabels(['1', '01']).labels).toEqual(['01', '1']);
    expect(groupsFromLabels(['01', '1']).labels).toEqual(['01', '1']);
  });

  it('has no groups for no respondents', () => {
    expect(groupsFromLabels([])).toEqual({ index: new Int32Array(0), labels: [] });
  });
});
