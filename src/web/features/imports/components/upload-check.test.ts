import { describe, expect, it } from 'vitest';
import { checkUpload } from './UploadForm.js';

const file = (name: string, body = 'a,b\n1,2\n') => new File([body], name);

describe('checkUpload', () => {
  it('accepts a CSV or an xlsx file of staff or units', () => {
    expect(checkUpload('staff', file('staff.csv'))).toEqual([]);
    expect(checkUpload('units', file('Structure.XLSX'))).toEqual([]);
  });
  it('asks for both answers', () => {
    expect(checkUpload('', null)).toEqual([
      { field: 'kind', message: 'Select what the file contains' },
      { field: 'file', message: 'Select a CSV or Excel file' },
    ]);
  });
  it('refuses other file types and empty files', () => {
    expect(checkUpload('staff', file('staff.xls'))[0]?.message).toBe('The selected file must be a CSV or an Excel (.xlsx) file');
    expect(checkUpload('staff', file('staff.csv', ''))[0]?.message).toBe('The selected file is empty');
  });
});
