import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem.js';
import { errorsByField, fieldForPath, orderProblems, problemsFromApiError } from './form-errors.js';

const setupFields = ['organisation.name', 'organisation.odsCode', 'organisation.kind', 'admin.displayName', 'admin.email', 'admin.password'];

describe('fieldForPath', () => {
  it('matches a field exactly', () => {
    expect(fieldForPath('admin.email', setupFields)).toBe('admin.email');
  });
  it('maps an array element to its field', () => {
    expect(fieldForPath('roles.2', ['email', 'roles'])).toBe('roles');
  });
  it('prefers the longest matching prefix', () => {
    expect(fieldForPath('admin.email.domain', ['admin', 'admin.email'])).toBe('admin.email');
  });
  it('does not treat a shared word start as a prefix', () => {
    expect(fieldForPath('adminEmail', ['admin'])).toBeNull();
  });
  it('returns null for the whole body or an unknown path', () => {
    expect(fieldForPath('(body)', setupFields)).toBeNull();
    expect(fieldForPath('', setupFields)).toBeNull();
    expect(fieldForPath('token', setupFields)).toBeNull();
  });
});

describe('problemsFromApiError', () => {
  it('maps each field error and keeps unknown ones for the summary', () => {
    const error = new ApiError(400, 'validation_failed', 'The request body has errors.', [
      { path: 'admin.email', message: 'Enter an email address' },
      { path: 'token', message: 'The setup link is missing its token' },
      { path: 'admin.email', message: 'Enter an email address' },
    ]);
    expect(problemsFromApiError(error, setupFields)).toEqual([
      { field: 'admin.email', message: 'Enter an email address' },
      { field: null, message: 'The setup link is missing its token' },
    ]);
  });
  it('uses the detail when there are no field errors', () => {
    const error = new ApiError(409, 'unit_not_empty', 'Move or remove its 3 staff first.');
    expect(problemsFromApiError(error, ['name'])).toEqual([{ field: null, message: 'Move or remove its 3 staff first.' }]);
  });
});

describe('errorsByField', () => {
  it('keeps the first message per field and ignores whole-form problems', () => {
    expect(
      errorsByField([
        { field: 'name', message: 'Enter a name' },
        { field: null, message: 'Something else' },
        { field: 'name', message: 'Second' },
        { field: 'code', message: 'Enter a code' },
      ]),
    ).toEqual({ name: 'Enter a name', code: 'Enter a code' });
  });
});

describe('orderProblems', () => {
  it('puts whole-form problems first, then fields in page order, unknown fields last', () => {
    const ordered = orderProblems(
      [
        { field: 'externalCode', message: 'B' },
        { field: 'other', message: 'D' },
        { field: 'name', message: 'A' },
        { field: null, message: 'C' },
      ],
      ['name', 'externalCode'],
    );
    expect(ordered.map((p) => p.message)).toEqual(['C', 'A', 'B', 'D']);
  });
});
