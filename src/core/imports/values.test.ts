import { describe, expect, it } from 'vitest';
import { parsePayBand } from './pay-bands.js';
import { assignmentNumberProblem, isEmail, parseYesNo, tidy, unitCodeProblem } from './values.js';

const band = (s: string) => {
  const r = parsePayBand(s);
  return r.ok ? r.band : null;
};

describe('pay bands', () => {
  it('reads Agenda for Change bands in the spellings people use', () => {
    expect(['Band 5', '5', 'band5', 'BAND 5', 'AfC Band 5', 'Agenda for Change Band 5', 'Review Body Band 5', 'B5'].map(band)).toEqual(Array(8).fill('Band 5'));
    expect(['8a', '8A', 'Band 8a', 'Band 8 - Range A', 'band 8 range a', 'Band 8A'].map(band)).toEqual(Array(6).fill('Band 8a'));
    expect(['1', '9', '8d', '8C'].map(band)).toEqual(['Band 1', 'Band 9', 'Band 8d', 'Band 8c']);
  });

  it('reads medical and dental grades and non-AfC', () => {
    expect(band('Consultant')).toBe('Consultant');
    expect(band('Specialty Doctor')).toBe('Specialty Doctor');
    expect(band('speciality doctor')).toBe('Specialty Doctor');
    expect(band('Foundation Year 1')).toBe('Foundation Year 1');
    expect(band('FY2')).toBe('Foundation Year 2');
    expect(band('Specialty Registrar (StR)')).toBe('Specialty Registrar');
    expect(band('ST3')).toBe('Specialty Registrar');
    expect(band('Non-AfC')).toBe('Non-AfC');
    expect(band('non afc')).toBe('Non-AfC');
    expect(band('Other')).toBe('Other');
  });

  it('rejects what is not a band, explaining Band 8 needs a range', () => {
    expect(parsePayBand('Band 10')).toEqual({
      ok: false,
      message: '"Band 10" is not a pay band Cultivate recognises. Use Band 1 to Band 9 (8a to 8d), a medical grade such as Consultant or Foundation Year 1, Non-AfC or Other',
    });
    expect(parsePayBand('Band 8')).toEqual({ ok: false, message: '"Band 8" needs a range: use Band 8a, 8b, 8c or 8d' });
    expect(band('8e')).toBeNull();
    expect(band('Bandit')).toBeNull();
    expect(band('0')).toBeNull();
  });
});

describe('cell values', () => {
  it('reads yes/no flags', () => {
    expect(['Y', 'yes', 'TRUE', '1', 't'].map(parseYesNo)).toEqual([true, true, true, true, true]);
    expect(['N', 'No', 'false', '0', '', ' '].map(parseYesNo)).toEqual([false, false, false, false, false, false]);
    expect(parseYesNo('maybe')).toBeNull();
    expect(parseYesNo('2')).toBeNull();
  });

  it('checks email addresses', () => {
    expect(isEmail('a.person@nhs.net')).toBe(true);
    expect(isEmail('a@trust.nhs.uk')).toBe(true);
    expect(isEmail('a.person@nhs')).toBe(false);
    expect(isEmail('a person@nhs.net')).toBe(false);
    expect(isEmail('a@@nhs.net')).toBe(false);
    expect(isEmail('a@nhs..net')).toBe(false);
  });

  it('tidies whitespace inside and around values', () => {
    expect(tidy('  Ward  12 ')).toBe('Ward 12');
    expect(tidy('Ward\t12\r\n')).toBe('Ward 12');
    expect(tidy('Ward\u00a012')).toBe('Ward 12');
    expect(tidy('Ward 12')).toBe('Ward 12');
  });

  it('checks codes and assignment numbers', () => {
    expect(unitCodeProblem('MED-AMU')).toBeNull();
    expect(unitCodeProblem('P-a82ce870f9')).toBeNull();
    expect(unitCodeProblem('-MED')).not.toBeNull();
    expect(unitCodeProblem('x'.repeat(65))).toBe('Use a unit code of 64 characters or fewer');
    expect(assignmentNumberProblem('12345678-2')).toBeNull();
    expect(assignmentNumberProblem('')).toBe('Enter the assignment number');
    expect(assignmentNumberProblem('123 456')).not.toBeNull();
  });
});
