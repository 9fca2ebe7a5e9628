// Theme suggestions: the naive Bayes arithmetic worked by hand, the minimum number of examples,
// held-out accuracy on the coded fixture, and incremental updates matching a retrain.
import { describe, expect, it } from 'vitest';
import { addExample, calibrateThemeModel, createThemeModel, naiveBayesLogOdds, suggestThemes, trainThemeModel, type CodedText } from './classifier.js';
import { CULTURAL_ELEMENTS } from '../instruments/builtins/leadership-framework.js';
import { CODED_COMMENTS } from './sample-comments.js';

describe('naive Bayes arithmetic', () => {
  // Four examples, whose features are their words as written (none is a stop word or stemmed):
  //   "rota shift" → A    "rota" → A    "team kind" → B    "team shift" → B
  // Vocabulary V = 4 (rota, shift, team, kind); smoothing α = 1.
  // Theme A: 2 of 4 examples, prior log-odds ln(2/2) = 0. Words counted once per example:
  //   with A 2 + 1 = 3 words, without A 2 + 2 = 4 words.
  //   P(rota | A) = (2 + 1)/(3 + 4) = 3/7     P(rota | not A) = (0 + 1)/(4 + 4) = 1/8
  //   P(shift | A) = (1 + 1)/(3 + 4) = 2/7    P(shift | not A) = (1 + 1)/(4 + 4) = 1/4
  // log-odds of A for "rota shift" = ln((3/7)/(1/8)) + ln((2/7)/(1/4)) = ln(24/7 · 8/7) = ln(192/49)
  //   ≈ 1.3656, a raw probability of 192/241 ≈ 0.797.
  // Theme B mirrors A (with B 4 words, without 3), so its log-odds are ln(7/24 · 7/8) = −ln(192/49).
  // An unknown word adds nothing: "rota parking" gives A ln(24/7) ≈ 1.2321.
  const model = trainThemeModel(
    [
      { text: 'rota shift', themes: ['A'] },
      { text: 'rota', themes: ['A'] },
      { text: 'team kind', themes: ['B'] },
      { text: 'team shift', themes: ['B'] },
    ],
    { minExamples: 1 },
  );

  it('matches the hand-worked log-odds', () => {
    const [a, b] = naiveBayesLogOdds(model, 'rota shift');
    expect(a?.theme).toBe('A');
    expect(a?.logOdds).toBeCloseTo(Math.log(192 / 49), 12);
    expect(b?.theme).toBe('B');
    expect(b?.logOdds).toBeCloseTo(-Math.log(192 / 49), 12);
    expect(1 / (1 + Math.exp(-(a?.logOdds ?? 0)))).toBeCloseTo(192 / 241, 12);
  });

  it('counts a repeated word once and ignores unknown words', () => {
    expect(naiveBayesLogOdds(model, 'rota rota parking')[0]?.logOdds).toBeCloseTo(Math.log(24 / 7), 12);
    expect(naiveBayesLogOdds(model, 'Rotas!')[0]?.logOdds).toBeCloseTo(Math.log(24 / 7), 12);
  });
});

describe('too few examples', () => {
  const parking = [
    'The car parking costs far too much',
    'Parking permits are impossible to get',
    'No parking spaces left after eight in the morning',
    'Staff parking is miles from the hospital',
    'Parking charges went up again this year',
  ].map((text): CodedText => ({ text, themes: ['parking'] }));
  const rota = [
    'The rota comes out too late to plan childcare',
    'Rota changes are made without asking us',
    'I never know my shifts more than a week ahead',
    'The electronic rota system keeps crashing',
    'Swapping shifts on the rota is a nightmare',
    'Requests on the rota are ignored',
  ].map((text): CodedText => ({ text, themes: ['rota'] }));
  const query = 'parking spaces impossible to find';

  it('suggests nothing for a theme with four examples, and suggests it from the fifth', () => {
    const model = trainThemeModel([...rota, ...parking.slice(0, 4)]);
    expect(suggestThemes(model, query, { max: 5, minConfidence: 0 }).map((s) => s.theme)).not.toContain('parking');
    addExample(model, parking[4] as CodedText);
    expect(suggestThemes(model, query, { max: 5, minConfidence: 0 })[0]?.theme).toBe('parking');
  });

  it('needs as many examples without the theme, and honours a different minimum', () => {
    const everywhere = [...rota, ...parking].map((e) => ({ ...e, themes: [...e.themes, 'staff_view'] }));
    const model = trainThemeModel(everywhere);
    expect(suggestThemes(model, query, { max: 5, minConfidence: 0 }).map((s) => s.theme)).not.toContain('staff_view');
    const strict = trainThemeModel([...rota, ...parking], { minExamples: 6 });
    expect(suggestThemes(strict, query, { max: 5, minConfidence: 0 }).map((s) => s.theme)).toEqual([]);
  });

  it('suggests nothing for text with no known word, or for an empty model', () => {
    const model = trainThemeModel([...rota, ...parking]);
    expect(suggestThemes(model, 'Diolch yn fawr', { minConfidence: 0 })).toEqual([]);
    expect(suggestThemes(createThemeModel(), 'parking', { minConfidence: 0 })).toEqual([]);
  });
});

describe('suggestions on the coded fixture', () => {
  // A fixed split: every fourth comment is held out (15), the other 45 train the model (each
  // element has at least 8 of them). Measured on this split: top-1 0.47, top-3 0.93; the floors
  // are set a little below. Sixty short comments are few: about half the held-out comments get a
  // right first suggestion, and most a right one among the three shown.
  const train = CODED_COMMENTS.filter((_, i) => i % 4 !== 3);
  const test = CODED_COMMENTS.filter((_, i) => i % 4 === 3);
  const model = trainThemeModel(train);

  it('codes every comment to one or two of the six cultural elements', () => {
    const elements = CULTURAL_ELEMENTS.map((e) => e.key as string);
    expect(CODED_COMMENTS).toHaveLength(60);
    for (const comment of CODED_COMMENTS) {
      expect(comment.themes.length).toBeGreaterThanOrEqual(1);
      expect(comment.themes.length).toBeLessThanOrEqual(2);
      for (const theme of comment.themes) expect(elements).toContain(theme);
    }
    expect(new Set(CODED_COMMENTS.flatMap((comment) => comment.themes)).size).toBe(6);
  });

  it('gets the held-out comments right often enough, and more often than guessing the commonest theme', () => {
    let top1 = 0;
    let top3 = 0;
    for (const c of test) {
      const themes = suggestThemes(model, c.text, { max: 3, minConfidence: 0 }).map((s) => s.theme);
      if (c.themes.includes(themes[0] as string)) top1 += 1;
      if (themes.some((t) => c.themes.includes(t))) top3 += 1;
    }
    expect(test).toHaveLength(15);
    expect(top1 / test.length).toBeGreaterThanOrEqual(0.4);
    expect(top3 / test.length).toBeGreaterThanOrEqual(0.7);

    const frequency = new Map<string, number>();
    for (const c of train) for (const t of c.themes) frequency.set(t, (frequency.get(t) ?? 0) + 1);
    const commonest = [...frequency].sort((x, y) => y[1] - x[1])[0]?.[0] as string;
    const baseline = test.filter((c) => c.themes.includes(commonest)).length;
    expect(top1).toBeGreaterThan(baseline);
  });

  it('gives ranked probabilities, within max and minConfidence', () => {
    const text = 'My manager never asks how I am coping with the workload';
    const all = suggestThemes(model, text, { max: 6, minConfidence: 0 });
    expect(all).toHaveLength(6);
    for (const s of all) expect(s.score).toBeGreaterThan(0), expect(s.score).toBeLessThan(1);
    expect([...all].sort((x, y) => y.score - x.score)).toEqual(all);
    expect(all[0]?.theme).toBe('support_compassion');
    expect(suggestThemes(model, text, { max: 2, minConfidence: 0 })).toEqual(all.slice(0, 2));
    const confident = suggestThemes(model, text, { max: 6, minConfidence: 0.3 });
    expect(confident).toEqual(all.filter((s) => s.score >= 0.3));
    expect(suggestThemes(model, text, { max: 0 })).toEqual([]);
  });
});

describe('calibration', () => {
  it('is fitted on leave-one-out scores, so words seen in one example only are not evidence', () => {
    // Ten examples, no word shared between any two. Scored in-sample, each example's own words
    // would separate the themes perfectly and the calibration would be confident (about 6/7, the
    // Platt target for five examples). Held out, an example has no known word, so the model has
    // learnt nothing to generalise and the score stays near the base rate of one half.
    const words = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango'.split(' ');
    const examples = Array.from({ length: 10 }, (_, i): CodedText => ({
      text: `${words[2 * i]} ${words[2 * i + 1]}`,
      themes: i < 5 ? ['x'] : [],
    }));
    const model = trainThemeModel(examples);
    const score = suggestThemes(model, 'alpha bravo', { minConfidence: 0 })[0]?.score as number;
    expect(score).toBeGreaterThan(0.4);
    expect(score).toBeLessThan(0.6);
  });
});

describe('addExample', () => {
  it('gives the same model and suggestions as retraining on everything', () => {
    const incremental = trainThemeModel(CODED_COMMENTS.slice(0, 40));
    // Suggest first, so a calibration left over from 40 examples would show up as a difference.
    expect(suggestThemes(incremental, 'training courses').length).toBeGreaterThan(0);
    for (const e of CODED_COMMENTS.slice(40)) addExample(incremental, e);
    const retrained = trainThemeModel(CODED_COMMENTS);

    const probes = [...CODED_COMMENTS.map((c) => c.text), 'team handover', 'promotion is unfair', 'no time for a break'];
    for (const text of probes) {
      expect(naiveBayesLogOdds(incremental, text)).toEqual(naiveBayesLogOdds(retrained, text));
      const a = suggestThemes(incremental, text, { max: 6, minConfidence: 0 });
      const b = suggestThemes(retrained, text, { max: 6, minConfidence: 0 });
      expect(a.map((s) => s.theme)).toEqual(b.map((s) => s.theme));
      // The incremental calibration starts from the previous fit and stops at the same optimum,
      // to rounding.
      a.forEach((s, i) => expect(s.score).toBeCloseTo(b[i]?.score as number, 9));
    }
  });

  it('can be calibrated ahead of the next suggestion, which then reuses the fit', () => {
    const model = trainThemeModel(CODED_COMMENTS.slice(0, 50));
    suggestThemes(model, 'team');
    addExample(model, CODED_COMMENTS[50] as CodedText);
    expect(model.calibration).toBeNull();
    calibrateThemeModel(model);
    const calibration = model.calibration;
    expect(calibration?.size).toBe(6);
    const text = 'nobody explains the strategy';
    const suggested = suggestThemes(model, text, { max: 6, minConfidence: 0 });
    expect(model.calibration).toBe(calibration);
    const retrained = suggestThemes(trainThemeModel(CODED_COMMENTS.slice(0, 51)), text, { max: 6, minConfidence: 0 });
    expect(suggested.map((s) => s.theme)).toEqual(retrained.map((s) => s.theme));
    suggested.forEach((s, i) => expect(s.score).toBeCloseTo(retrained[i]?.score as number, 9));
  });

  it('changes the suggestions at once', () => {
    const model = trainThemeModel(CODED_COMMENTS.slice(0, 50));
    const before = suggestThemes(model, 'the huddle board', { max: 6, minConfidence: 0 });
    addExample(model, { text: 'The huddle board shows who is on and what the risks are', themes: ['teamwork'] });
    const after = suggestThemes(model, 'the huddle board', { max: 6, minConfidence: 0 });
    const score = (list: typeof before) => list.find((s) => s.theme === 'teamwork')?.score ?? 0;
    expect(score(after)).toBeGreaterThan(score(before));
  });
});

describe('createThemeModel', () => {
  it('refuses settings that make no sense', () => {
    expect(() => createThemeModel({ minExamples: 0 })).toThrow(RangeError);
    expect(() => createThemeModel({ minExamples: 2.5 })).toThrow(RangeError);
    expect(() => createThemeModel({ smoothing: 0 })).toThrow(RangeError);
  });
});
