import { describe, expect, it } from 'vitest';
import { announcement, progressPercent, progressText } from './import-progress.js';

describe('progressText', () => {
  it('describes each stage with row counts', () => {
    expect(progressText({ status: 'validating', processedRows: 0, totalRows: 0 })).toBe('Reading the file');
    expect(progressText({ status: 'validating', processedRows: 1200, totalRows: 4000 })).toBe('Checking the file: 1,200 of 4,000 rows checked');
    expect(progressText({ status: 'writing', processedRows: 10, totalRows: 40 })).toBe('Saving the changes: 10 of 40 rows saved');
    expect(progressText({ status: 'failed', processedRows: 3, totalRows: 40 })).toBe('The file was not imported');
  });
});

describe('progressPercent', () => {
  it('rounds down and caps at 100', () => {
    expect(progressPercent({ processedRows: 0, totalRows: 0 })).toBe(0);
    expect(progressPercent({ processedRows: 1, totalRows: 3 })).toBe(33);
    expect(progressPercent({ processedRows: 2, totalRows: 3 })).toBe(66);
    expect(progressPercent({ processedRows: 5, totalRows: 4 })).toBe(100);
  });
});

describe('announcement', () => {
  it('changes only at each quarter', () => {
    const at = (n: number) => announcement({ status: 'writing', processedRows: n, totalRows: 1000 });
    expect(at(0)).toBe('Saving the changes: 0% done');
    expect(at(249)).toBe('Saving the changes: 0% done');
    expect(at(250)).toBe('Saving the changes: 25% done');
    expect(at(999)).toBe('Saving the changes: 75% done');
  });
  it('says the outcome when finished', () => {
    expect(announcement({ status: 'succeeded', processedRows: 10, totalRows: 10 })).toBe('The file has been imported');
  });
});
