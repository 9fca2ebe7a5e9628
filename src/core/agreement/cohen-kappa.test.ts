// Cohen's kappa, weighted kappa and the Fleiss–Cohen–Everitt interval, against examples worked on
// paper, Wikipedia's worked example, the published example of the R package statpsych, and the
// values scikit-learn's own tests assert for cohen_kappa_score.
import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa.js';
import type { CodePair } from './contingency-table.js';

/** The pairs behind a table of counts: counts[i][j] items coded categories[i] by the first coder and categories[j] by the second. */
function pairsFrom<C>(categories: readonly C[], counts: readonly (readonly number[])[]): CodePair<C>[] {
  const pairs: CodePair<C>[] = [];
  counts.forEach((row, i) => row.forEach((count, j) => {
    for (let c = 0; c < count; c++) pairs.push([categories[i] as C, categories[j] as C]);
  }));
  return pairs;
}

const yesNo = ['yes', 'no'] as const;
const abc = ['a', 'b', 'c'] as const;

describe('cohenKappa: unweighted kappa and its interval', () => {
  it("matches Wikipedia's worked example and a hand-worked standard error", () => {
    // Wikipedia, "Cohen's kappa": 50 grant proposals; both readers say yes to 20, A yes and B no to
    // 5, A no and B yes to 10, both no to 15. p_o = 35/50 = 0.7. A says yes to 25 (0.5), B to 30
    // (0.6), so p_e = 0.5·0.6 + 0.5·0.4 = 0.5 and kappa = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    //
    // Standard error (Fleiss, Cohen & Everitt, 1969), rows A, columns B, 1 − κ = 0.6:
    //   yes/yes: 0.4 · [1 − (0.5 + 0.6)·0.6]² = 0.4 · 0.34² = 0.04624
    //   no/no:   0.3 · [1 − (0.5 + 0.4)·0.6]² = 0.3 · 0.46² = 0.06348
    //   yes/no:  0.1 · (p.yes + p_no.)² = 0.1 · (0.6 + 0.5)² = 0.121
    //   no/yes:  0.2 · (p.no + p_yes.)² = 0.2 · (0.4 + 0.5)² = 0.162, and (0.121 + 0.162)·0.6² = 0.10188
    //   minus [κ − p_e(1 − κ)]² = (0.4 − 0.3)² = 0.01
    //   var = (0.04624 + 0.06348 + 0.10188 − 0.01) / (50 · 0.5²) = 0.2016 / 12.5 = 0.016128
    //   SE = √0.016128 = 0.126996…, and 1.959964 · SE = 0.248908, so the interval is 0.151092 to 0.648908.
    const r = cohenKappa(pairsFrom(yesNo, [[20, 5], [10, 15]]), yesNo);
    expect(r.n).toBe(50);
    expect(r.observed).toBeCloseTo(0.7, 14);
    expect(r.expected).toBeCloseTo(0.5, 14);
    expect(r.kappa).toBeCloseTo(0.4, 14);
    expect(r.standardError).toBeCloseTo(Math.sqrt(0.016128), 12);
    expect(r.ci95?.[0]).toBeCloseTo(0.151092, 6);
    expect(r.ci95?.[1]).toBeCloseTo(0.648908, 6);
    expect(r.weighted).toBeNull();
    expect(r.reason).toBeNull();
  });

  it('matches the published example of statpsych ci.kappa (Bonett), which uses the same standard error', () => {
    // statpsych documents ci.kappa(.05, f00 = 31, f01 = 12, f10 = 4, f11 = 58) as returning, for
    // Cohen's kappa: estimate 0.6756757, SE 0.07344761, LL 0.5317210, UL 0.8196303.
    // By hand: n = 105, p_o = 89/105, p_e = (43·35 + 62·70)/105² = 5845/11025, kappa = 0.675676.
    const r = cohenKappa(pairsFrom([0, 1], [[31, 12], [4, 58]]), [0, 1]);
    expect(r.n).toBe(105);
    expect(r.kappa).toBeCloseTo(0.6756757, 7);
    expect(r.standardError).toBeCloseTo(0.07344761, 8);
    expect(r.ci95?.[0]).toBeCloseTo(0.531721, 6);
    expect(r.ci95?.[1]).toBeCloseTo(0.8196303, 7);
  });

  it("matches scikit-learn's asserted values for Artstein and Poesio's tables 1 and 4", () => {
    // scikit-learn's test_cohen_kappa asserts 0.348 (3 dp) for Artstein & Poesio (2008), Table 1,
    // [[20, 20], [10, 50]]. By hand: p_o = 0.7, p_e = 0.4·0.3 + 0.6·0.7 = 0.54, kappa = 0.16/0.46 = 8/23.
    const table1 = cohenKappa(pairsFrom([0, 1], [[20, 20], [10, 50]]), [0, 1]);
    expect(table1.kappa).toBeCloseTo(0.348, 3);
    expect(table1.kappa).toBeCloseTo(8 / 23, 14);
    // Table 4, asserted as 0.8013 (4 dp): 46 agree on 0, 6 are 1 then 0, 32 agree on 1, 6 are 1 then
    // 2, 10 agree on 2. p_o = 0.88; shares 0.46 0.44 0.10 against 0.52 0.32 0.16, so
    // p_e = 0.2392 + 0.1408 + 0.016 = 0.396 and kappa = 0.484/0.604 = 121/151.
    const table4 = cohenKappa(pairsFrom([0, 1, 2], [[46, 0, 0], [6, 32, 6], [0, 0, 10]]), [0, 1, 2]);
    expect(table4.kappa).toBeCloseTo(0.8013, 4);
    expect(table4.kappa).toBeCloseTo(121 / 151, 14);
  });

  it('gives the same kappa and standard error whichever coder is called first', () => {
    const pairs = pairsFrom(abc, [[3, 1, 1], [0, 2, 0], [0, 1, 2]]);
    const forward = cohenKappa(pairs, abc);
    const swapped = cohenKappa(pairs.map(([a, b]) => [b, a] as const), abc);
    expect(swapped.kappa).toBeCloseTo(forward.kappa as number, 14);
    expect(swapped.standardError).toBeCloseTo(forward.standardError as number, 14);
  });

  it('clips the interval to 1, the largest kappa there can be', () => {
    // 12 items, one disagreement: [[6, 1], [0, 5]]. Shares: first 7/12 5/12, second 1/2 1/2, so
    // p_e = 1/2, p_o = 11/12, kappa = 5/6, 1 − κ = 1/6.
    //   diagonal: 1/2 · (1 − 13/12 · 1/6)² + 5/12 · (1 − 11/12 · 1/6)² = 3481/10368 + 18605/62208
    //   off it:   1/12 · (1/2 + 5/12)² · (1/6)² = 121/62208; together 39612/62208
    //   minus (5/6 − 1/2 · 1/6)² = 9/16 = 34992/62208, leaving 4620/62208; over n(1 − p_e)² = 3:
    //   var = 385/15552, SE = 0.157339, so κ ± 1.96 SE = 0.524954 to 1.141713, and the top is clipped.
    const r = cohenKappa(pairsFrom(yesNo, [[6, 1], [0, 5]]), yesNo);
    expect(r.kappa).toBeCloseTo(5 / 6, 14);
    expect(r.standardError).toBeCloseTo(Math.sqrt(385 / 15552), 12);
    expect(r.ci95?.[0]).toBeCloseTo(5 / 6 - 1.959963984540054 * Math.sqrt(385 / 15552), 12);
    expect(r.ci95?.[1]).toBe(1);
  });
});

describe('cohenKappa: weighted kappa on an ordinal scale', () => {
  it("matches scikit-learn's asserted linear and quadratic values, worked by hand", () => {
    // scikit-learn's test_cohen_kappa "weighting example" asserts 0.9315, 0.9412 (linear) and
    // 0.9541 (quadratic), to 4 dp. Its labels give 46 agreeing on 0, 4 coded 1 then 0, 40 on 1, 10 on 2.
    // Shares: first 0.46 0.44 0.10, second 0.50 0.40 0.10.
    //   Unweighted: p_o = 0.96, p_e = 0.23 + 0.176 + 0.01 = 0.416, kappa = 0.544/0.584.
    //   Linear (near miss 0.5, far miss 0): p_o = 0.96 + 0.04·0.5 = 0.98;
    //     p_e = 0.46·(0.5 + 0.2) + 0.44·(0.25 + 0.4 + 0.05) + 0.10·(0.2 + 0.1) = 0.322 + 0.308 + 0.03 = 0.66;
    //     kappa = 0.32/0.34 = 16/17.
    //   Quadratic (near miss 0.75): p_o = 0.96 + 0.04·0.75 = 0.99;
    //     p_e = 0.46·(0.5 + 0.3) + 0.44·(0.375 + 0.4 + 0.075) + 0.10·(0.3 + 0.1) = 0.368 + 0.374 + 0.04 = 0.782;
    //     kappa = 0.208/0.218 = 104/109.
    const r = cohenKappa(pairsFrom([0, 1, 2], [[46, 0, 0], [4, 40, 0], [0, 0, 10]]), [0, 1, 2], 'ordinal');
    expect(r.kappa).toBeCloseTo(0.9315, 4);
    expect(r.kappa).toBeCloseTo(0.544 / 0.584, 14);
    expect(r.weighted?.linear.observed).toBeCloseTo(0.98, 14);
    expect(r.weighted?.linear.expected).toBeCloseTo(0.66, 14);
    expect(r.weighted?.linear.kappa).toBeCloseTo(0.9412, 4);
    expect(r.weighted?.linear.kappa).toBeCloseTo(16 / 17, 14);
    expect(r.weighted?.quadratic.observed).toBeCloseTo(0.99, 14);
    expect(r.weighted?.quadratic.expected).toBeCloseTo(0.782, 14);
    expect(r.weighted?.quadratic.kappa).toBeCloseTo(0.9541, 4);
    expect(r.weighted?.quadratic.kappa).toBeCloseTo(104 / 109, 14);
  });

  it('gives a far miss no credit and a near miss part credit, worked by hand', () => {
    // 10 items on a < b < c: 3 a/a, 2 b/b, 2 c/c, and three misses: a/b (near), a/c (far), c/b (near).
    // Shares: first a 0.5 b 0.2 c 0.3; second a 0.3 b 0.4 c 0.3.
    //   Unweighted: p_o = 0.7, p_e = 0.15 + 0.08 + 0.09 = 0.32, kappa = 0.38/0.68 = 19/34.
    //   Linear: p_o = 0.7 + 0.5·(0.1 + 0.1) + 0·0.1 = 0.8;
    //     p_e = 0.5·(0.3 + 0.2 + 0) + 0.2·(0.15 + 0.4 + 0.15) + 0.3·(0 + 0.2 + 0.3) = 0.25 + 0.14 + 0.15 = 0.54;
    //     kappa = 0.26/0.46 = 13/23.
    //   Quadratic: p_o = 0.7 + 0.75·0.2 = 0.85;
    //     p_e = 0.5·(0.3 + 0.3) + 0.2·(0.225 + 0.4 + 0.225) + 0.3·(0.3 + 0.3) = 0.3 + 0.17 + 0.18 = 0.65;
    //     kappa = 0.2/0.35 = 4/7.
    const r = cohenKappa(pairsFrom(abc, [[3, 1, 1], [0, 2, 0], [0, 1, 2]]), abc, 'ordinal');
    expect(r.kappa).toBeCloseTo(19 / 34, 14);
    expect(r.weighted?.linear.kappa).toBeCloseTo(13 / 23, 14);
    expect(r.weighted?.quadratic.kappa).toBeCloseTo(4 / 7, 14);
  });

  it('reads the scale from the order the categories are listed in', () => {
    // The same items with the scale listed a < c < b. Plain kappa ignores order; weighted kappa does not.
    // Now a/b is the far miss and a/c, c/b the near ones. Shares: first a 0.5 c 0.3 b 0.2;
    // second a 0.3 c 0.3 b 0.4. Linear: p_o = 0.7 + 0.5·0.2 = 0.8;
    // p_e = 0.5·(0.3 + 0.15 + 0) + 0.3·(0.15 + 0.3 + 0.2) + 0.2·(0 + 0.15 + 0.4) = 0.225 + 0.195 + 0.11 = 0.53;
    // kappa = 0.27/0.47 = 27/47.
    const pairs = pairsFrom(abc, [[3, 1, 1], [0, 2, 0], [0, 1, 2]]);
    const r = cohenKappa(pairs, ['a', 'c', 'b'], 'ordinal');
    expect(r.kappa).toBeCloseTo(19 / 34, 14);
    expect(r.weighted?.linear.kappa).toBeCloseTo(27 / 47, 14);
  });

  it('equals plain kappa when there are only two categories', () => {
    // With two categories the only miss is the far one, which gets no credit under either scheme.
    const r = cohenKappa(pairsFrom(yesNo, [[20, 5], [10, 15]]), yesNo, 'ordinal');
    expect(r.weighted?.linear.kappa).toBeCloseTo(0.4, 14);
    expect(r.weighted?.quadratic.kappa).toBeCloseTo(0.4, 14);
  });
});

describe('cohenKappa: edge and degenerate cases', () => {
  it('has nothing to report for no items', () => {
    const r = cohenKappa([], yesNo, 'ordinal');
    expect(r).toEqual({
      n: 0,
      observed: null,
      expected: null,
      kappa: null,
      standardError: null,
      ci95: null,
      weighted: null,
      reason: 'No items were coded by both coders, so there is nothing to compare.',
    });
  });

  it('gives no kappa, not NaN, when both coders used one and the same category throughout', () => {
    // p_o = 1 and p_e = 1, so kappa would be 0/0.
    const pairs = pairsFrom(abc, [[0, 0, 0], [0, 7, 0], [0, 0, 0]]);
    const r = cohenKappa(pairs, abc, 'ordinal');
    expect(r.n).toBe(7);
    expect(r.observed).toBe(1);
    expect(r.expected).toBe(1);
    expect(r.kappa).toBeNull();
    expect(r.standardError).toBeNull();
    expect(r.ci95).toBeNull();
    expect(r.weighted?.linear).toEqual({ observed: 1, expected: 1, kappa: null });
    expect(r.weighted?.quadratic).toEqual({ observed: 1, expected: 1, kappa: null });
    expect(r.reason).toBe('Both coders put every item in the same category ("b"), so chance alone would agree every time and kappa cannot be worked out.');
    // A list of one category is the same case.
    expect(cohenKappa([['x', 'x']], ['x']).reason).toMatch(/same category \("x"\)/);
  });

  it('gives kappa 0, not a null, when only one coder stuck to one category', () => {
    // First says yes to all 10, second to 7: p_o = 0.7 = p_e = 1·0.7 + 0·0.3, kappa 0.
    // SE by hand: yes/yes 0.7·(1 − (1 + 0.7)·1)² = 0.343; yes/no 0.3·(p.yes + p_no.)² = 0.3·0.7² = 0.147;
    // minus (0 − 0.7·1)² = 0.49; 0.343 + 0.147 − 0.49 = 0, so the large-sample SE is 0.
    const r = cohenKappa(pairsFrom(yesNo, [[7, 3], [0, 0]]), yesNo);
    expect(r.observed).toBeCloseTo(0.7, 14);
    expect(r.expected).toBeCloseTo(0.7, 14);
    expect(r.kappa).toBeCloseTo(0, 14);
    expect(r.standardError).toBeCloseTo(0, 7);
    expect(r.reason).toBeNull();
  });

  it('gives 1 for perfect agreement and −1 for mirror-image disagreement, each with an SE of 0', () => {
    const perfect = cohenKappa(pairsFrom(yesNo, [[6, 0], [0, 4]]), yesNo);
    expect(perfect.kappa).toBe(1);
    expect(perfect.standardError).toBeCloseTo(0, 7);
    expect(perfect.ci95?.[0]).toBeCloseTo(1, 6);
    expect(perfect.ci95?.[1]).toBe(1);
    // 5 yes/no and 5 no/yes: p_o = 0, p_e = 0.5, kappa = −1. SE: no diagonal; off it
    // 0.5·(0.5 + 0.5)² twice = 1, times (1 − κ)² = 4, minus (−1 − 0.5·2)² = 4, leaving 0.
    const mirror = cohenKappa(pairsFrom(yesNo, [[0, 5], [5, 0]]), yesNo);
    expect(mirror.kappa).toBeCloseTo(-1, 14);
    expect(mirror.standardError).toBeCloseTo(0, 7);
    expect(mirror.ci95?.[0]).toBe(-1);
  });

  it('throws, naming the item and the code, for a code not in the category list', () => {
    expect(() => cohenKappa([['yes', 'no'], ['maybe', 'no']], ['yes', 'no'])).toThrow(
      'Item 1 (counting from 0): the first coder\'s code "maybe" is not one of the categories ("yes", "no").',
    );
    expect(() => cohenKappa([['yes', 'Yes']], ['yes', 'no'])).toThrow(/Item 0 \(counting from 0\): the second coder's code "Yes"/);
  });

  it('throws for an empty or repeated category list', () => {
    expect(() => cohenKappa([], [])).toThrow(RangeError);
    expect(() => cohenKappa([['a', 'a']], ['a', 'b', 'a'])).toThrow('The category "a" is listed twice.');
  });
});
