import { describe, expect, it } from 'vitest';
import { ApiError, isApiError, toApiError } from './problem.js';

describe('toApiError', () => {
  it('reads a problem+json body with field errors and keeps extra members', () => {
    const error = toApiError(400, {
      type: 'urn:cultivate:problem:validation_failed',
      title: 'Bad request',
      status: 400,
      code: 'validation_failed',
      detail: 'The request body has errors.',
      errors: [
        { path: 'admin.email', message: 'Enter an email address' },
        { path: 'organisation.kind', message: 'Choose the type of organisation' },
      ],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.detail).toBe('The request body has errors.');
    expect(error.errors).toEqual([
      { path: 'admin.email', message: 'Enter an email address' },
      { path: 'organisation.kind', message: 'Choose the type of organisation' },
    ]);
  });

  it('keeps members such as lockedUntil for the page to use', () => {
    const error = toApiError(423, { code: 'account_locked', detail: 'Locked.', lockedUntil: '2025-05-01T10:15:00.000Z' });
    expect(error.body.lockedUntil).toBe('2025-05-01T10:15:00.000Z');
    expect(error.errors).toEqual([]);
  });

  it('falls back to the title, then to a generic message, when detail is missing', () => {
    expect(toApiError(409, { code: 'x', title: 'Conflict' }).detail).toBe('Conflict');
    const fromHtml = toApiError(502, '<html>Bad gateway</html>');
    expect(fromHtml.code).toBe('http_502');
    expect(fromHtml.detail).toBe('Something went wrong. Try again later.');
  });

  it('drops malformed field errors but keeps ones without a path', () => {
    const error = toApiError(400, { code: 'bad', errors: [{ message: 'No path' }, { path: 'a' }, 'junk', { path: 'b', message: 'B' }] });
    expect(error.errors).toEqual([
      { path: '', message: 'No path' },
      { path: 'b', message: 'B' },
    ]);
  });
});

describe('isApiError', () => {
  it('checks the status when asked', () => {
    const error = toApiError(403, { code: 'forbidden', detail: 'No' });
    expect(isApiError(error)).toBe(true);
    expect(isApiError(error, 403)).toBe(true);
    expect(isApiError(error, 404)).toBe(false);
    expect(isApiError(new Error('x'))).toBe(false);
  });
});
