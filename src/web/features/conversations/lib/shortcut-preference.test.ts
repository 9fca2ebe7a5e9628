import { describe, expect, it } from 'vitest';
import { readShortcutsOn, SHORTCUTS_KEY, writeShortcutsOn } from './shortcut-preference.js';

function memory(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('the shortcut preference', () => {
  it('is on until turned off, and remembers both ways', () => {
    const store = memory();
    expect(readShortcutsOn(store)).toBe(true);
    writeShortcutsOn(store, false);
    expect(store.data.get(SHORTCUTS_KEY)).toBe('off');
    expect(readShortcutsOn(store)).toBe(false);
    writeShortcutsOn(store, true);
    expect(readShortcutsOn(store)).toBe(true);
  });
  it('is on, and quietly not remembered, when storage is missing or blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readShortcutsOn(null)).toBe(true);
    expect(readShortcutsOn(blocked)).toBe(true);
    expect(() => writeShortcutsOn(blocked, false)).not.toThrow();
  });
});
