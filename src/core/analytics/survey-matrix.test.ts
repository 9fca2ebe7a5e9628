import { describe, expect, it } from 'vitest';
import { checkedSampleInstrument } from '../instruments/testing.js';
import { buildSurveyMatrix } from './survey-matrix.js';

const def = checkedSampleInstrument();

describe('buildSurveyMatrix', () => {
  it('scores items on 0–10 after reversing, files respondents under their units, and averages measures', () => {
    const units = [
      { id: 'div', parentId: null, name: 'Division' },
      { id: 'ward', parentId: 'div', name: 'Ward' },
    ];
    const responses = [
      // row-one 5 → 10; row-two 2 reversed → 4 → 7.5; overall 7 on 0–10 → 7.
      { unitId: 'ward', answers: { 'row-one': 5, 'row-two': 2, overall: 7, role: 'nurse' } },
      // row-one "don't know" (null) and row-two skipped: no teamwork score.
      { unitId: 'div', answers: { 'row-one': null, overall: 10 } },
      // A unit no longer in the survey's tree is filed at the whole organisation.
      { unitId: 'gone', answers: { 'row-one': 1, 'row-two': 5 } },
    ];
    const m = buildSurveyMatrix(def, units, responses, 'Northfield');
    // Two top-level units would have no single root; this tree has one, so it is the root.
    expect(buildSurveyMatrix(def, [...units, { id: 'est', parentId: null, name: 'Estates' }], [], 'Northfield').unitIds).toEqual(['organisation', 'div', 'ward', 'est']);
    expect(m.unitIds).toEqual(['div', 'ward']);
    expect(m.unitNames).toEqual(['Northfield', 'Ward']);
    expect([...m.tree.parent]).toEqual([-1, 0]);
    expect([...m.unitOf]).toEqual([1, 0, 0]);
    expect(m.items.map((i) => [i.id, i.positiveFrom])).toEqual([
      ['row-one', 7.5],
      ['row-two', 7.5],
      ['overall', 7],
    ]);
    expect([...m.columns[0]!]).toEqual([10, NaN, 0]);
    expect([...m.columns[1]!]).toEqual([7.5, NaN, 0]);
    expect([...m.columns[2]!]).toEqual([7, 10, NaN]);
    expect(m.measures).toEqual([expect.objectContaining({ id: 'teamwork', framework: 'cultural_element', itemIndexes: [0, 1] })]);
    expect([...m.measureScores[0]!]).toEqual([8.75, NaN, 0]);
  });
});
