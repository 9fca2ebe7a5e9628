// Storage keys for a survey link that do not reveal the link, and the one-off key an open-link
// filling-in is sent with.

export type LinkKind = 'invitation' | 'open' | 'feedback';

const PREFIX = 'cultivate.respond.';

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** 32-bit FNV-1a: far too short to recover a link from, used only where SHA-256 is unavailable. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export interface LinkKey {
  key: string;
  /** True when the key is a SHA-256 hash, which is what it takes to keep answers on the device. */
  strong: boolean;
}

/**
 * SHA-256 of the link through WebCrypto. Browsers offer WebCrypto only on HTTPS (and localhost);
 * without it the key is a short non-reversible checksum that is only used for the tab's own
 * storage, and answers are never kept on the device.
 */
export async function linkStorageKey(kind: LinkKind, secret: string, subtle: SubtleCrypto | null = typeof crypto === 'undefined' ? null : (crypto.subtle ?? null)): Promise<LinkKey> {
  const text = `${kind}:${secret}`;
  if (subtle) {
    try {
      const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
      return { key: `${PREFIX}${hex(new Uint8Array(digest))}`, strong: true };
    } catch {
      // fall through to the tab-only key
    }
  }
  return { key: `${PREFIX}tab-${fnv1a(text)}`, strong: false };
}

/** A random version 4 UUID. getRandomValues works on plain HTTP and in old browsers, unlike randomUUID. */
export function newSubmissionKey(fill: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = fill(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
