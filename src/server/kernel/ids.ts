// Identifiers, tokens and timestamps, in one place so every module makes them the same way.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();
/** A random URL-safe secret with 256 bits of entropy. */
export const newToken = (): string => randomBytes(32).toString('base64url');
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
export const nowIso = (): string => new Date().toISOString();
/** Today's date (UTC), YYYY-MM-DD: what responses and survey windows are kept to. */
export const todayIso = (): string => nowIso().slice(0, 10);
