// The unit filter's options in tree order.
import { describe, expect, it } from 'vitest';
import { unitOptions } from './unit-options.js';

describe('unitOptions', () => {
  it('lists each parent before its children, siblings by name, a dash per level', () => {
    const units = [
      { id: 'w2', parentId: 'med', name: 'Ward 2' },
      { id: 'sur', parentId: null, name: 'Surgery' },
      { id: 'med', parentId: null, name: 'Medicine' },
      { id: 'w1', parentId: 'med', name: 'Ward 1' },
      { id: 'bay', parentId: 'w1', name: 'Bay A' },
      { id: 'lost', parentId: 'gone', name: 'Annexe' },
    ];
    expect(unitOptions(units)).toEqual([
      { value: 'lost', label: 'Annexe' },
      { value: 'med', label: 'Medicine' },
      { value: 'w1', label: '– Ward 1' },
      { value: 'bay', label: '– – Bay A' },
      { value: 'w2', label: '– Ward 2' },
      { value: 'sur', label: 'Surgery' },
    ]);
  });
});
