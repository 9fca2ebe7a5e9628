import { describe, expect, it } from 'vitest';
import { checkRaters, emailField, emptyRaterValues, groupField, readRaters, removeRaterRow } from './rater-list.js';

const rows = (...list: [string, string][]) => {
  const values: Record<string, string> = {};
  list.forEach(([email, group], i) => {
    values[emailField(i)] = email;
    values[groupField(i)] = group;
  });
  return values;
};

describe('rater list', () => {
  it('starts with blank rows of peers', () => {
    expect(emptyRaterValues(2)).toEqual({ 'raters.0.email': '', 'raters.0.group': 'peer', 'raters.1.email': '', 'raters.1.group': 'peer' });
  });
  it('reads the rows with an email address', () => {
    expect(readRaters(rows([' a@nhs.net ', 'peer'], ['', 'other'], ['b@nhs.net', 'line_manager']), 3)).toEqual([
      { email: 'a@nhs.net', group: 'peer' },
      { email: 'b@nhs.net', group: 'line_manager' },
    ]);
  });
  it('removes a row and moves the rest up', () => {
    const next = removeRaterRow(rows(['a@nhs.net', 'peer'], ['b@nhs.net', 'other'], ['c@nhs.net', 'direct_report']), 1, 3);
    expect(readRaters(next, 2)).toEqual([
      { email: 'a@nhs.net', group: 'peer' },
      { email: 'c@nhs.net', group: 'direct_report' },
    ]);
    expect(next[emailField(2)]).toBe('');
  });
  it('refuses the same address twice and a second line manager', () => {
    const values = rows(['a@nhs.net', 'line_manager'], ['A@nhs.net', 'peer'], ['c@nhs.net', 'line_manager']);
    expect(checkRaters(values, 3, false)).toEqual([
      { field: 'raters.1.email', message: 'a@nhs.net is already in the list' },
      { field: 'raters.2.group', message: 'Invite one line manager at most' },
    ]);
  });
  it('asks for someone only when required', () => {
    expect(checkRaters(rows(['', 'peer']), 1, false)).toEqual([]);
    expect(checkRaters(rows(['', 'peer']), 1, true)).toEqual([{ field: 'raters.0.email', message: 'Enter the email address of at least one person to ask' }]);
  });
});
