import { describe, expect, it } from 'vitest';
import { checkNewPassword } from './password-rules.js';

const fields = { password: 'admin.password', confirm: 'confirmPassword' };

describe('checkNewPassword', () => {
  it('asks for a password first', () => {
    expect(checkNewPassword('', '', fields)).toEqual([{ field: 'admin.password', message: 'Enter a password' }]);
  });
  it('counts characters, not UTF-16 units, against the 12 minimum', () => {
    expect(checkNewPassword('elevenchars', 'elevenchars', fields)[0]?.message).toBe('Enter a password that is at least 12 characters long');
    // 12 emoji are 24 UTF-16 units but 12 characters: long enough.
    const emoji = '🌱'.repeat(12);
    expect(checkNewPassword(emoji, emoji, fields)).toEqual([]);
    expect(checkNewPassword('🌱'.repeat(11), '🌱'.repeat(11), fields)).toHaveLength(1);
  });
  it('checks the confirmation', () => {
    expect(checkNewPassword('correct horse battery', '', fields)).toEqual([{ field: 'confirmPassword', message: 'Enter the password again' }]);
    expect(checkNewPassword('correct horse battery', 'correct horse batterie', fields)[0]?.field).toBe('confirmPassword');
    expect(checkNewPassword('correct horse battery', 'correct horse battery', fields)).toEqual([]);
  });
});
