import { describe, expect, it } from 'vitest';
import { actionLabel, detailText } from './audit-text.js';

describe('actionLabel', () => {
  it('words the actions the server records', () => {
    expect(actionLabel('user.roles_changed')).toBe('Changed a user’s roles');
    expect(actionLabel('programme.created')).toBe('Started a programme');
  });
  it('makes a readable label from an unknown code', () => {
    expect(actionLabel('unit.moved_under')).toBe('Unit moved under');
  });
});

describe('detailText', () => {
  it('lists keys and values, joining arrays', () => {
    expect(detailText({ email: 'a@example.nhs.uk', roles: ['admin', 'staff'], newAccount: true })).toBe(
      'email: a@example.nhs.uk; roles: admin, staff; newAccount: yes',
    );
  });
  it('shows nested objects as JSON and missing values as a dash', () => {
    expect(detailText({ counts: { created: 3 }, reason: null })).toBe('counts: {"created":3}; reason: –');
  });
  it('is empty for no detail', () => {
    expect(detailText({})).toBe('');
    expect(detailText(null)).toBe('');
  });
});
