import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-rules.js';

describe('password rules', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(checkPassword('violet kettle harbour 42')).toBeNull();
    expect(checkPassword('Wardround-Tuesday-Heron')).toBeNull();
  });

  it('refuses anything under 12 characters, counting characters not bytes', () => {
    expect(checkPassword('Short-pw-11')).toBe('too_short'); // 11 characters
    expect(checkPassword('éééééééééé1')).toBe('too_short');
    expect(checkPassword('Xk9#mQ2$vL7!')).toBeNull(); // exactly 12
  });

  it('refuses passwords over 256 characters', () => {
    expect(checkPassword('a9Z!'.repeat(65))).toBe('too_long');
  });

  it('refuses passwords on the common list, whatever their case', () => {
    expect(checkPassword('qwertyuiop123')).toBe('common');
    expect(checkPassword('1QAZ2WSX3EDC')).toBe('common');
  });

  it('refuses a common word padded with digits to reach the length', () => {
    expect(checkPassword('password123456')).toBe('common');
    expect(checkPassword('Liverpool2024!!')).toBe('common');
  });

  it('refuses repeated characters and simple sequences', () => {
    expect(checkPassword('zzzzzzzzzzzzzz')).toBe('repetitive');
    expect(checkPassword('xyzxyzxyzxyzxyz')).toBe('repetitive');
    expect(checkPassword('abcdefghijklmn')).toBe('repetitive');
  });

  it('refuses a password that contains the email name', () => {
    expect(checkPassword('jane.smith-river-7', 'jane.smith@nhs.net')).toBe('contains_email');
    expect(checkPassword('jane.smith-river-7', 'other@nhs.net')).toBeNull();
  });
});
