// Tests keeping draft answers: in the tab as they change, on the device only when asked, never
// past the closing date, and nothing left after clearing, even when storage misbehaves.
import { describe, expect, it } from 'vitest';
import { DraftStore, emptyDraft, hasProgress, parseDraft, type Draft, type KeyValueStore } from './draft-store.js';

class MemoryStore implements KeyValueStore {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const TODAY = '2026-06-01';
const KEY = 'cultivate.respond.abc';

function answered(): Draft {
  return { ...emptyDraft('cy', '2026-06-30', null), answers: { 'row-one': 4, comments: 'Da' }, lastPage: 'section/second' };
}

function stores() {
  const tab = new MemoryStore();
  const device = new MemoryStore();
  return { tab, device, store: new DraftStore(tab, device, KEY) };
}

describe('parseDraft', () => {
  it('reads back what was saved', () => {
    const draft = answered();
    expect(parseDraft(JSON.stringify(draft), TODAY)).toEqual(draft);
  });

  it('refuses nothing, broken JSON, the wrong shape and an unknown language', () => {
    expect(parseDraft(null, TODAY)).toBeNull();
    expect(parseDraft('{not json', TODAY)).toBeNull();
    expect(parseDraft('[1,2]', TODAY)).toBeNull();
    expect(parseDraft(JSON.stringify({ ...answered(), language: 'fr' }), TODAY)).toBeNull();
    expect(parseDraft(JSON.stringify({ ...answered(), answers: 'lots' }), TODAY)).toBeNull();
  });

  it('throws away a draft for a survey that has closed, but keeps one closing today', () => {
    expect(parseDraft(JSON.stringify({ ...answered(), closesOn: '2026-05-31' }), TODAY)).toBeNull();
    expect(parseDraft(JSON.stringify({ ...answered(), closesOn: TODAY }), TODAY)?.closesOn).toBe(TODAY);
  });

  it('fills in missing optional parts and drops demographic answers that are not text', () => {
    const { unitId, submissionKey, lastPage, keptOnDevice, ...rest } = answered();
    void [unitId, submissionKey, lastPage, keptOnDevice];
    const read = parseDraft(JSON.stringify({ ...rest, demographics: { service: 'long', site: 3 } }), TODAY);
    expect(read).toMatchObject({ unitId: null, submissionKey: null, lastPage: '', keptOnDevice: false, demographics: { service: 'long' } });
  });
});

describe('hasProgress', () => {
  it('is true once any answer, demographic or unit is given', () => {
    const empty = emptyDraft('en', '2026-06-30', 'key');
    expect(hasProgress(null)).toBe(false);
    expect(hasProgress(empty)).toBe(false);
    expect(hasProgress({ ...empty, answers: { overall: null } })).toBe(true);
    expect(hasProgress({ ...empty, demographics: { site: 'north' } })).toBe(true);
    expect(hasProgress({ ...empty, unitId: 'u1' })).toBe(true);
  });
});

describe('DraftStore', () => {
  it('keeps answers in the tab only, until asked to keep them on the device', () => {
    const { tab, device, store } = stores();
    store.save(answered());
    expect(store.current(TODAY)).toEqual(answered());
    expect(store.kept(TODAY)).toBeNull();
    expect(device.items.size).toBe(0);
    expect([...tab.items.keys()]).toEqual([KEY]);
  });

  it('once kept on the device, keeps every later change there too', () => {
    const { store } = stores();
    const kept = store.keepOnDevice(answered());
    expect(kept.keptOnDevice).toBe(true);
    expect(store.kept(TODAY)).toEqual(kept);
    const later = { ...kept, answers: { ...kept.answers, overall: 9 } };
    store.save(later);
    expect(store.kept(TODAY)?.answers).toEqual({ 'row-one': 4, comments: 'Da', overall: 9 });
  });

  it('forgets the device copy on request, keeping the tab going', () => {
    const { device, store } = stores();
    const kept = store.keepOnDevice(answered());
    const forgotten = store.forgetOnDevice(kept);
    expect(device.items.size).toBe(0);
    expect(forgotten.keptOnDevice).toBe(false);
    expect(store.current(TODAY)).toEqual(forgotten);
    store.save(forgotten);
    expect(device.items.size).toBe(0);
  });

  it('clears both copies', () => {
    const { tab, device, store } = stores();
    store.keepOnDevice(answered());
    store.clear();
    expect([tab.items.size, device.items.size]).toEqual([0, 0]);
    expect(store.current(TODAY)).toBeNull();
  });

  it('never keeps anything on the device without a device store', () => {
    const tab = new MemoryStore();
    const store = new DraftStore(tab, null, KEY);
    expect(store.canKeepOnDevice).toBe(false);
    expect(store.keepOnDevice(answered()).keptOnDevice).toBe(false);
    expect(store.kept(TODAY)).toBeNull();
  });

  it('carries on when the browser refuses to store anything', () => {
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = new DraftStore(refusing, refusing, KEY);
    expect(() => store.save(answered())).not.toThrow();
    expect(() => store.clear()).not.toThrow();
    expect(store.current(TODAY)).toBeNull();
  });
});
