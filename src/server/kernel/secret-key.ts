// The server's secret key, loaded once at start. Keys what must not be recomputable from the
// database alone: survey invitation tokens and single-use markers. Without CULTIVATE_SECRET
// it is created in the data folder on first start (mode 0600) and reused afterwards.
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';

export interface SecretKey {
  /** HMAC-SHA256 of a purpose-labelled message, base64url. Labels keep each use apart. */
  mac(purpose: string, message: string): string;
}

function fromBytes(key: Buffer | string): SecretKey {
  return { mac: (purpose, message) => createHmac('sha256', key).update(`${purpose}\n${message}`).digest('base64url') };
}

export function loadSecretKey(secret: Config['secret']): SecretKey {
  if (secret.kind === 'value') return fromBytes(secret.value);
  if (secret.kind === 'ephemeral') return fromBytes(randomBytes(32));
  try {
    return fromBytes(Buffer.from(fs.readFileSync(secret.path, 'utf8').trim(), 'base64'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.mkdirSync(path.dirname(secret.path), { recursive: true });
  const fresh = randomBytes(48).toString('base64');
  try {
    // 'wx' fails if another process created it first; then that one wins and we read it.
    fs.writeFileSync(secret.path, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return fromBytes(Buffer.from(fs.readFileSync(secret.path, 'utf8').trim(), 'base64'));
}
