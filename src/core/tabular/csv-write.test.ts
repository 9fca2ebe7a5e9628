import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv-write.js';

describe('CSV writing', () => {
  it('quotes only where needed and doubles inner quotes', () => {
    expect(csvRow(['Ward 7', 'Smith, Jo', 'She said "hi"', 12, null, true])).toBe('Ward 7,"Smith, Jo","She said ""hi""",12,,true\r\n');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses cells that a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe('"\'=HYPERLINK(""http://x"",""click"")"');
    expect(csvCell('+44 113')).toBe("'+44 113");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5'); // a real negative number is left alone
  });
});
