import { describe, expect, it } from 'vitest';
import { classifyDisability, classifyEthnicity, representationReport } from './representation.js';
import { many } from './testing.js';
import { prepareWorkforce } from './workforce.js';

const shown = (n: number, value = n) => ({ status: 'shown', n, value });

describe('classifyEthnicity', () => {
  it('sorts ESR categories into white, BME and unknown', () => {
    const cases: [string | null, string][] = [
      ['White - British', 'white'],
      ['White - Irish', 'white'],
      ['White - Any other White background', 'white'],
      ['A White - British', 'white'],
      ['C3 White Unspecified', 'white'],
      ['white british', 'white'],
      ['Asian or Asian British - Indian', 'bme'],
      ['Black or Black British - Caribbean', 'bme'],
      ['Mixed - White and Black Caribbean', 'bme'],
      ['White and Asian', 'bme'],
      ['Chinese', 'bme'],
      ['S Any Other Ethnic Group', 'bme'],
      ['Not stated', 'unknown'],
      ['Z Not Stated', 'unknown'],
      ['Unspecified', 'unknown'],
      ['Prefer not to say', 'unknown'],
      ['  ', 'unknown'],
      [null, 'unknown'],
    ];
    for (const [text, group] of cases) expect(classifyEthnicity(text), String(text)).toBe(group);
  });
});

describe('classifyDisability', () => {
  it('reads yes, no and everything else as unknown', () => {
    const cases: [string | null, string][] = [
      ['Yes', 'disabled'],
      ['Y', 'disabled'],
      ['Disabled', 'disabled'],
      ['No', 'notDisabled'],
      ['N', 'notDisabled'],
      ['Not disabled', 'notDisabled'],
      ['No disability', 'notDisabled'],
      ['Not declared', 'unknown'],
      ['Prefer not to say', 'unknown'],
      ['Unspecified', 'unknown'],
      ['', 'unknown'],
      [null, 'unknown'],
    ];
    for (const [text, group] of cases) expect(classifyDisability(text), String(text)).toBe(group);
  });
});

// The WRES worked example, in one trust on 2024-01-01: 200 white staff, 30 of them in Band 8a;
// 100 BME staff, 5 of them in Band 8a; and 10 staff whose ethnicity is not stated, in Band 5.
// Disability: of the white staff, 1 in Band 8a and 19 in Band 5 are disabled; the 10 of unknown
// ethnicity have not declared; everyone else is not disabled.
const BME = 'Asian or Asian British - Indian';
const trust = prepareWorkforce(
  [
    ...many(1, 'w8d', 'Trust', { payBand: 'Band 8a', disability: 'Yes' }),
    ...many(29, 'w8', 'Trust', { payBand: 'Band 8a' }),
    ...many(19, 'w5d', 'Trust', { disability: 'Yes' }),
    ...many(151, 'w5', 'Trust'),
    ...many(5, 'b8', 'Trust', { payBand: 'Band 8a', ethnicity: BME }),
    ...many(95, 'b5', 'Trust', { ethnicity: BME }),
    ...many(10, 'u5', 'Trust', { ethnicity: 'Not stated', disability: 'Not declared' }),
  ],
  [{ id: 'Trust', parentId: null }],
);

describe('representationReport, every figure shown (k = 1)', () => {
  const report = representationReport(trust, { asOf: '2024-01-01', k: 1 });
  const { ethnicity, disability, workforce } = report.rows[1]!;

  it('counts white, BME and unknown staff, leaving unknowns out of the shares', () => {
    expect(workforce).toEqual(shown(310));
    // BME share of the 300 whose ethnicity is known: 100 / 300.
    expect([ethnicity.reference, ethnicity.focus, ethnicity.unknown, ethnicity.focusShare]).toEqual([shown(200), shown(100), shown(10), shown(300, 100 / 300)]);
  });

  it('gives representation by pay band against the whole workforce (WRES indicator 1)', () => {
    // Band 5: 170 white, 95 BME, 10 unknown: 95 / 265. Band 8a: 30 white, 5 BME: 5 / 35.
    expect(report.bands).toEqual(['Band 5', 'Band 8a']);
    expect(ethnicity.byBand).toEqual([
      { band: 'Band 5', reference: shown(170), focus: shown(95), unknown: shown(10), focusShare: shown(265, 95 / 265) },
      { band: 'Band 8a', reference: shown(30), focus: shown(5), unknown: { status: 'none' }, focusShare: shown(35, 5 / 35) },
    ]);
  });

  it('computes the relative likelihood of white staff being in a leadership band: 0.15 / 0.05 = 3.00', () => {
    expect([ethnicity.referenceInLeadershipBands, ethnicity.focusInLeadershipBands]).toEqual([shown(30), shown(5)]);
    expect([ethnicity.likelihoodReference, ethnicity.likelihoodFocus]).toEqual([shown(200, 0.15), shown(100, 0.05)]);
    expect(ethnicity.relativeLikelihood).toEqual(shown(300, 3));
  });

  it('does the same for disability (WDES), non-disabled over disabled', () => {
    // Disabled 20 (1 in Band 8a), not declared 10, not disabled 310 − 20 − 10 = 280 (34 in
    // Band 8a). Likelihoods 34 / 280 and 1 / 20; relative likelihood (34 · 20) / (280 · 1) = 17 / 7.
    expect([disability.reference, disability.focus, disability.unknown, disability.focusShare]).toEqual([shown(280), shown(20), shown(10), shown(300, 20 / 300)]);
    expect([disability.likelihoodReference, disability.likelihoodFocus]).toEqual([shown(280, 34 / 280), shown(20, 0.05)]);
    expect(disability.relativeLikelihood.status === 'shown' && disability.relativeLikelihood.value).toBeCloseTo(17 / 7, 12);
    expect(disability.byBand[1]).toEqual({ band: 'Band 8a', reference: shown(34), focus: shown(1), unknown: { status: 'none' }, focusShare: shown(35, 1 / 35) });
  });

  it('has no ratio when nobody in the focus group is in a leadership band', () => {
    const none = prepareWorkforce([...many(20, 'w', 'T', { payBand: 'Band 8b' }), ...many(20, 'b', 'T', { ethnicity: BME })], [{ id: 'T', parentId: null }]);
    const e = representationReport(none, { asOf: '2024-01-01', k: 1 }).rows[0]!.ethnicity;
    expect([e.likelihoodReference, e.likelihoodFocus, e.relativeLikelihood]).toEqual([shown(20, 1), shown(20, 0), { status: 'none' }]);
  });
});

describe('representationReport, protected', () => {
  it('keeps the worked example at k = 5 and hides the single disabled leader', () => {
    const { ethnicity, disability } = representationReport(trust, { asOf: '2024-01-01', k: 5 }).rows[1]!;
    expect(ethnicity.relativeLikelihood).toEqual(shown(300, 3));
    expect([disability.focusInLeadershipBands, disability.likelihoodFocus, disability.relativeLikelihood]).toEqual([
      { status: 'too_few' },
      { status: 'too_few' },
      { status: 'too_few' },
    ]);
  });

  it('hides the ratio at k = 11, where 5 BME staff in Band 8a are too few', () => {
    const { ethnicity } = representationReport(trust, { asOf: '2024-01-01', k: 11 }).rows[1]!;
    expect([ethnicity.focusInLeadershipBands, ethnicity.likelihoodFocus, ethnicity.relativeLikelihood]).toEqual([
      { status: 'too_few' },
      { status: 'too_few' },
      { status: 'too_few' },
    ]);
    // The 10 of unknown ethnicity are too few as well, and 310 − 200 − 100 would give them
    // away, so the smaller group shown, BME's 100, is hidden to protect them.
    expect([ethnicity.reference, ethnicity.focus, ethnicity.unknown, ethnicity.focusShare]).toEqual([
      shown(200),
      { status: 'protects_another' },
      { status: 'too_few' },
      { status: 'protects_another' },
    ]);
  });
});
