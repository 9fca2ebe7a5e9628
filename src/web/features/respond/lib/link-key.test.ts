// Tests that storage keys are SHA-256 hashes that do not contain the link, with a tab-only key
// where WebCrypto is missing, and that submission keys are well-formed random UUIDs.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fnv1a, linkStorageKey, newSubmissionKey } from './link-key.js';

const TOKEN = 'q3V9-xT1mLr0aZk8Pq2wYc7uBn4dEf6g';

describe('linkStorageKey', () => {
  it('is the SHA-256 of the link kind and secret, and never contains the secret', async () => {
    const { key, strong } = await linkStorageKey('invitation', TOKEN);
    expect(strong).toBe(true);
    expect(key).toBe(`cultivate.respond.${createHash('sha256').update(`invitation:${TOKEN}`).digest('hex')}`);
    expect(key).not.toContain(TOKEN);
  });

  it('differs between a personal link and an open link with the same secret', async () => {
    const a = await linkStorageKey('invitation', TOKEN);
    const b = await linkStorageKey('open', TOKEN);
    expect(a.key).not.toBe(b.key);
  });

  it('falls back to a short tab-only key, marked weak, where WebCrypto is missing', async () => {
    const { key, strong } = await linkStorageKey('open', TOKEN, null);
    expect(strong).toBe(false);
    expect(key).toBe(`cultivate.respond.tab-${fnv1a(`open:${TOKEN}`)}`);
    expect(key).toMatch(/^cultivate\.respond\.tab-[0-9a-f]{8}$/);
  });
});

describe('fnv1a', () => {
  it('matches the published FNV-1a 32-bit test values', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});

describe('newSubmissionKey', () => {
  it('sets the version 4 and variant bits on the random bytes', () => {
    const key = newSubmissionKey((bytes) => bytes.fill(0xff));
    expect(key).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newSubmissionKey((bytes) => bytes.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('makes a different valid UUID each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newSubmissionKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
