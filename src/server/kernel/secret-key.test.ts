import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecretKey } from './secret-key.js';

describe('loadSecretKey', () => {
  it('computes HMAC-SHA256 over the purpose and message (checked against node:crypto directly)', () => {
    const key = loadSecretKey({ kind: 'value', value: 'k'.repeat(40) });
    const expected = createHmac('sha256', 'k'.repeat(40)).update('token\nabc').digest('base64url');
    expect(key.mac('token', 'abc')).toBe(expected);
    expect(key.mac('marker', 'abc')).not.toBe(expected);
  });

  it('creates the key file once, private to its owner, and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cultivate-secret-'));
    const file = path.join(dir, 'nested', 'secret.key');
    const first = loadSecretKey({ kind: 'file', path: file });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const second = loadSecretKey({ kind: 'file', path: file });
    expect(second.mac('p', 'm')).toBe(first.mac('p', 'm'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives each ephemeral key its own value', () => {
    expect(loadSecretKey({ kind: 'ephemeral' }).mac('p', 'm')).not.toBe(loadSecretKey({ kind: 'ephemeral' }).mac('p', 'm'));
  });
});
