// Suggesting themes for a comment from the organisation's own coded comments, so the people
// coding free text start from a likely list instead of a blank. Humans choose the codes; these are
// only suggestions. The same model will suggest cultural elements for focus-group excerpts, where
// the target is under 50 ms per excerpt with 5,000 coded excerpts.
//
// The model: for each theme, a two-class multinomial naive Bayes (has the theme or not), so a
// comment can carry several themes. Naive Bayes rather than logistic regression because
//   - it learns well from a handful of examples per theme, which is what a new programme has;
//   - it is counts, so each human coding is added exactly and at once (`addExample`): the
//     counts are those a retrain on everything would give, and so are the suggestions (to the
//     rounding of the calibration fit below), which logistic regression cannot promise without
//     refitting;
//   - training is one pass and needs no learning rate, iterations or regularisation to tune;
//   - a suggestion costs one lookup per word per theme, microseconds at 5,000 examples.
// Words are counted once per comment ("binarised" naive Bayes), which does better on short texts:
// a word said three times in one comment is emphasis, not three times the evidence (S. Wang and
// C. Manning, "Baselines and bigrams", 2012). Add-one (Laplace) smoothing by default.
//
// Calibration: naive Bayes treats every word as independent evidence, so its own probabilities
// are nearly always near 0 or 1. Each theme's raw log-odds are mapped to a probability by Platt
// scaling (`platt.ts`), fitted on leave-one-out scores: every example scored by the model with
// that example's own counts taken out, which for naive Bayes is exact and costs no retraining.
// The fit is redone on the first suggestion after the examples change (or by
// `calibrateThemeModel`), starting from the previous fit.
//
// A theme gets no suggestions until it has at least `minExamples` (default 5) coded examples,
// and as many without it: from fewer, the model would repeat the wording of those few comments
// back, and a confident-looking suggestion from four examples would mislead the coder. A text
// with no word the model has seen gets no suggestions either.

import { applyPlatt, fitPlatt, type PlattScaling } from './platt.js';
import { themeTokens } from './theme-tokens.js';

/** A comment (or excerpt) with the themes a person coded it with; none is allowed. */
export interface CodedText {
  text: string;
  themes: readonly string[];
}

export interface ThemeSuggestion {
  theme: string;
  /** Roughly the probability that a coder would give this text this theme, 0 to 1. */
  score: number;
}

export interface TrainOptions {
  /** Coded examples a theme needs, with and without it, before it is suggested (default 5). */
  minExamples?: number;
  /** Added to every word count (default 1, Laplace). */
  smoothing?: number;
}

export interface SuggestOptions {
  /** At most this many suggestions (default 3). */
  max?: number;
  /**
   * Only themes at least this likely (default 0.3). Low on purpose: a coder dismisses a wrong
   * suggestion in a moment, while a right one left out is simply not seen.
   */
  minConfidence?: number;
}

interface ThemeCounts {
  /** Examples coded with the theme. */
  documents: number;
  /** Distinct words summed over those examples. */
  tokenTotal: number;
  /** By word id, how many of those examples use the word; as long as the vocabulary. */
  tokenDocuments: number[];
}

interface StoredExample {
  tokens: Int32Array;
  themes: ReadonlySet<string>;
}

/** A theme model. Build it with `trainThemeModel` and change it only through `addExample`. */
export interface ThemeModel {
  readonly minExamples: number;
  readonly smoothing: number;
  documents: number;
  tokenTotal: number;
  /** Each word seen, with its id; its size is the vocabulary. */
  readonly vocabulary: Map<string, number>;
  /** By word id, how many examples use the word. */
  readonly tokenDocuments: number[];
  readonly themes: Map<string, ThemeCounts>;
  /** Each example's word ids and themes, kept for the leave-one-out calibration. */
  readonly examples: StoredExample[];
  /**
   * log(c + smoothing) for every count c up to the number of examples. Counts are whole numbers,
   * so a table lookup replaces the two logarithms per word and theme that scoring needs.
   */
  readonly logSmoothed: number[];
  /** Platt scaling per theme that has enough examples; null when examples were added since. */
  calibration: Map<string, PlattScaling> | null;
  /** The last calibration, where the next fit starts its search. */
  previousCalibration: Map<string, PlattScaling> | null;
}

/** An empty model. */
export function createThemeModel(options: TrainOptions = {}): ThemeModel {
  const minExamples = options.minExamples ?? 5;
  const smoothing = options.smoothing ?? 1;
  if (!(Number.isInteger(minExamples) && minExamples >= 1)) throw new RangeError('minExamples must be a whole number of at least 1');
  if (!(smoothing > 0)) throw new RangeError('smoothing must be greater than 0');
  return {
    minExamples,
    smoothing,
    documents: 0,
    tokenTotal: 0,
    vocabulary: new Map(),
    tokenDocuments: [],
    themes: new Map(),
    examples: [],
    logSmoothed: [Math.log(smoothing)],
    calibration: null,
    previousCalibration: null,
  };
}

/** Adds one human-coded example; the next suggestion takes it into account. */
export function addExample(model: ThemeModel, example: CodedText): void {
  const words = themeTokens(example.text);
  const tokens = new Int32Array(words.length);
  words.forEach((word, i) => {
    let id = model.vocabulary.get(word);
    if (id === undefined) {
      id = model.vocabulary.size;
      model.vocabulary.set(word, id);
      // Every count array stays as long as the vocabulary: reading past the end of an array is
      // a slow path in V8, and scoring reads these arrays millions of times per calibration.
      model.tokenDocuments.push(0);
      for (const counts of model.themes.values()) counts.tokenDocuments.push(0);
    }
    tokens[i] = id;
  });
  const themes = new Set(example.themes);
  model.documents += 1;
  model.tokenTotal += tokens.length;
  for (const id of tokens) model.tokenDocuments[id] = (model.tokenDocuments[id] as number) + 1;
  for (const theme of themes) {
    let counts = model.themes.get(theme);
    if (!counts) {
      counts = { documents: 0, tokenTotal: 0, tokenDocuments: Array.from({ length: model.vocabulary.size }, () => 0) };
      model.themes.set(theme, counts);
    }
    counts.documents += 1;
    counts.tokenTotal += tokens.length;
    for (const id of tokens) counts.tokenDocuments[id] = (counts.tokenDocuments[id] as number) + 1;
  }
  while (model.logSmoothed.length <= model.documents) model.logSmoothed.push(Math.log(model.logSmoothed.length + model.smoothing));
  model.examples.push({ tokens, themes });
  if (model.calibration) model.previousCalibration = model.calibration;
  model.calibration = null;
}

/** A model trained on `examples`: the same as adding them one by one to an empty model. */
export function trainThemeModel(examples: readonly CodedText[], options: TrainOptions = {}): ThemeModel {
  const model = createThemeModel(options);
  for (const e of examples) addExample(model, e);
  return model;
}

/**
 * log P(theme | words) − log P(no theme | words) under naive Bayes: the prior log-odds plus, for
 * each distinct known word, log P(word | theme) − log P(word | no theme), with
 * P(word | class) = (examples of the class using it + α) / (words in the class + α·vocabulary).
 * `tokens` are distinct known word ids.
 *
 * To score an example the model already holds with that example left out, `own` is 1,
 * `ownTheme` is 1 if it has the theme, and `vocabularyLoss` counts the words only it uses (they
 * leave the vocabulary with it, and are skipped). Counts are whole numbers, so this is exactly
 * the score a model trained without the example would give.
 */
function logOdds(model: ThemeModel, counts: ThemeCounts, tokens: Int32Array, own = 0, ownTheme = 0, vocabularyLoss = 0): number {
  const alpha = model.smoothing;
  const vocabulary = model.vocabulary.size - vocabularyLoss;
  const withTheme = counts.documents - ownTheme;
  const without = model.documents - own - withTheme;
  const wordsWith = counts.tokenTotal - ownTheme * tokens.length;
  const wordsWithout = model.tokenTotal - own * tokens.length - wordsWith;
  const table = model.logSmoothed;
  const inTheme = counts.tokenDocuments;
  let words = 0;
  let sum = 0;
  for (const id of tokens) {
    const all = (model.tokenDocuments[id] as number) - own;
    if (all <= 0) continue;
    const c = (inTheme[id] as number) - ownTheme;
    sum += (table[c] as number) - (table[all - c] as number);
    words += 1;
  }
  const denominators = Math.log(wordsWithout + alpha * vocabulary) - Math.log(wordsWith + alpha * vocabulary);
  return Math.log(withTheme) - Math.log(without) + sum + words * denominators;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const hasEnoughExamples = (model: ThemeModel, counts: ThemeCounts) =>
  counts.documents >= model.minExamples && model.documents - counts.documents >= model.minExamples;

/** Fits (or reuses) each eligible theme's Platt scaling on leave-one-out scores. */
function calibrated(model: ThemeModel): Map<string, PlattScaling> {
  if (model.calibration) return model.calibration;
  const calibration = new Map<string, PlattScaling>();
  const examples = model.examples;
  const vocabularyLoss = new Int32Array(examples.length);
  examples.forEach((example, i) => {
    for (const id of example.tokens) if (model.tokenDocuments[id] === 1) vocabularyLoss[i] = (vocabularyLoss[i] as number) + 1;
  });
  for (const [theme, counts] of model.themes) {
    if (!hasEnoughExamples(model, counts)) continue;
    const scores = new Array<number>(examples.length);
    const labels = new Array<boolean>(examples.length);
    for (let i = 0; i < examples.length; i++) {
      const example = examples[i] as StoredExample;
      const has = example.themes.has(theme);
      labels[i] = has;
      scores[i] = logOdds(model, counts, example.tokens, 1, has ? 1 : 0, vocabularyLoss[i] as number);
    }
    calibration.set(theme, fitPlatt(scores, labels, model.previousCalibration?.get(theme)));
  }
  model.calibration = calibration;
  return calibration;
}

/**
 * Fits the calibration now if examples were added since the last fit. `suggestThemes` does this
 * itself when it must (tens of milliseconds at 5,000 examples); calling it once a human coding is
 * saved takes that cost off the next suggestion.
 */
export function calibrateThemeModel(model: ThemeModel): void {
  calibrated(model);
}

/** The ids of the words of `text` that the model knows. */
function knownTokens(model: ThemeModel, text: string): Int32Array {
  const ids: number[] = [];
  for (const word of themeTokens(text)) {
    const id = model.vocabulary.get(word);
    if (id !== undefined) ids.push(id);
  }
  return Int32Array.from(ids);
}

/**
 * The themes most likely for `text`, most likely first (ties by name), each at least
 * `minConfidence`, at most `max` of them. Empty when no theme has enough examples or the text
 * has no word the model knows.
 */
export function suggestThemes(model: ThemeModel, text: string, options: SuggestOptions = {}): ThemeSuggestion[] {
  const max = options.max ?? 3;
  const minConfidence = options.minConfidence ?? 0.3;
  const tokens = knownTokens(model, text);
  if (tokens.length === 0 || max <= 0) return [];
  const suggestions: ThemeSuggestion[] = [];
  for (const [theme, scaling] of calibrated(model)) {
    const score = applyPlatt(scaling, logOdds(model, model.themes.get(theme) as ThemeCounts, tokens));
    if (score >= minConfidence) suggestions.push({ theme, score });
  }
  suggestions.sort((x, y) => y.score - x.score || byCodeUnits(x.theme, y.theme));
  return suggestions.slice(0, max);
}

/**
 * Each theme's raw naive Bayes log-odds for `text`, before calibration and whatever its number of
 * examples, by theme name. For checking the arithmetic and for diagnostics, not for coders.
 */
export function naiveBayesLogOdds(model: ThemeModel, text: string): { theme: string; logOdds: number }[] {
  const tokens = knownTokens(model, text);
  return [...model.themes]
    .map(([theme, counts]) => ({ theme, logOdds: logOdds(model, counts, tokens) }))
    .sort((x, y) => byCodeUnits(x.theme, y.theme));
}
