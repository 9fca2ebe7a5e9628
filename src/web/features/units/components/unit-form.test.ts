import { describe, expect, it } from 'vitest';
import type { UnitRow } from '../lib/unit-tree.js';
import { unitInput, unitPatch, unitValues, validateUnit } from './unit-form.js';

const ward: UnitRow = { id: 'w12', parentId: 'acute', externalCode: 'W12', name: 'Ward 12', kind: 'ward', staffCount: 30 };

describe('validateUnit', () => {
  it('asks for name, code and kind', () => {
    expect(validateUnit(unitValues(null)).map((p) => p.field)).toEqual(['name', 'externalCode', 'kind']);
  });
  it('checks the code’s characters like the server does', () => {
    expect(validateUnit({ ...unitValues(ward), externalCode: 'RX1/W-12_a.b' })).toEqual([]);
    expect(validateUnit({ ...unitValues(ward), externalCode: '-W12' })[0]?.field).toBe('externalCode');
    expect(validateUnit({ ...unitValues(ward), externalCode: 'W12#' })[0]?.field).toBe('externalCode');
  });
});

describe('unitInput', () => {
  it('trims and turns "no parent" into null', () => {
    expect(unitInput({ name: ' Ward 12 ', externalCode: ' W12 ', kind: 'ward', parentId: '' })).toEqual({
      name: 'Ward 12',
      externalCode: 'W12',
      kind: 'ward',
      parentId: null,
    });
  });
});

describe('unitPatch', () => {
  it('sends nothing when nothing changed', () => {
    expect(unitPatch(ward, unitValues(ward))).toEqual({});
  });
  it('sends only the changed fields, including a move to the top level', () => {
    expect(unitPatch(ward, { ...unitValues(ward), name: 'Ward 12A', parentId: '' })).toEqual({ name: 'Ward 12A', parentId: null });
  });
  it('sends a recode and a change of kind', () => {
    expect(unitPatch(ward, { ...unitValues(ward), externalCode: 'W12A', kind: 'team' })).toEqual({ externalCode: 'W12A', kind: 'team' });
  });
});
