// Tests which page each refusal from the API leads to.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/problem.js';
import { refusalFor } from './refusal.js';

const err = (status: number, code: string) => new ApiError(status, code, 'detail');

describe('refusalFor', () => {
  it('names the reason a link cannot be used', () => {
    expect(refusalFor(err(409, 'already_submitted'), 'invitation')).toBe('used');
    expect(refusalFor(err(410, 'survey_closed'), 'open')).toBe('closed');
    expect(refusalFor(err(410, 'survey_not_open_yet'), 'invitation')).toBe('not-open');
    expect(refusalFor(err(410, 'survey_unavailable'), 'open')).toBe('unknown');
  });

  it('treats a malformed or unmatched link as one that does not work', () => {
    expect(refusalFor(err(400, 'validation_failed'), 'invitation')).toBe('unknown');
    expect(refusalFor(err(404, 'route_not_found'), 'open')).toBe('unknown');
  });

  it('does not refuse an open link whose answers were already stored, nor answers to correct', () => {
    expect(refusalFor(err(409, 'already_submitted'), 'open')).toBeNull();
    expect(refusalFor(err(422, 'validation_failed'), 'open')).toBeNull();
  });

  it('calls anything else a problem with the service', () => {
    expect(refusalFor(err(500, 'internal_error'), 'open')).toBe('problem');
    expect(refusalFor(err(0, 'network_error'), 'invitation')).toBe('problem');
  });
});
