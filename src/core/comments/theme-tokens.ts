// Turning a comment into the features the theme classifier counts: folded words without stop
// words, digits or possessives, cut to a rough stem so that "manager", "managers", "management"
// and "managing" count as one feature. The stemmer is a small suffix stripper written for this
// project, not a full Porter stemmer: a classifier only needs the same word to come out the same
// way every time, not a dictionary form, and a few extra collisions ("care" and "car") cost less
// than the rules that would prevent them.

import { REDACTION_MARKERS } from './redact.js';
import { foldWord, STOP_WORDS, withoutPossessive, wordTexts } from './text.js';

// Three stages, each stripping at most one suffix, tried longest first within a stage: first an
// inflection ("-ing", "-ed", "-s"), then a derivation ("-ment", "-ive", "-ation"), then a final
// "-e" or "-y". Stages rather than repeated rounds, so that "nurse" stops at "nurs" and is not cut
// again to "nur", while "improvements" still reaches "improv" by way of "improvement" and
// "improve". The -y/-ies replacements keep "policy" and "policies" together as "polici".
const STAGES: readonly (readonly (readonly [string, string])[])[] = [
  [
    ['ings', ''],
    ['ing', ''],
    ['ies', 'i'],
    ['ied', 'i'],
    ['ers', ''],
    ['er', ''],
    ['ed', ''],
    ['s', ''],
  ],
  [
    ['ations', ''],
    ['ation', ''],
    ['ments', ''],
    ['ment', ''],
    ['ness', ''],
    ['ful', ''],
    ['ism', ''],
    ['ist', ''],
    ['ion', ''],
    ['ive', ''],
    ['ate', ''],
  ],
  [
    ['y', 'i'],
    ['e', ''],
  ],
];

const VOWEL = /[aeiouy]/;
const MIN_STEM = 3;

/** The word less the first listed suffix whose removal leaves 3+ letters with a vowel, or as it is. */
function strip(word: string, suffixes: readonly (readonly [string, string])[]): string {
  for (const [suffix, replacement] of suffixes) {
    if (!word.endsWith(suffix)) continue;
    // "-s" only as a plural or verb ending: not "focus", "analysis" or "access".
    if (suffix === 's' && /[sui]s$/.test(word)) continue;
    const stem = word.slice(0, word.length - suffix.length) + replacement;
    if (stem.length >= MIN_STEM && VOWEL.test(stem)) return stem;
  }
  return word;
}

/**
 * A rough English stem of a folded word: the three stages of suffix stripping, then a doubled
 * final consonant undoubled ("running" → "runn" → "run", "planned" → "plan").
 */
export function stem(word: string): string {
  let current = word;
  for (const suffixes of STAGES) current = strip(current, suffixes);
  const last = current.charAt(current.length - 1);
  if (current.length > MIN_STEM && last === current.charAt(current.length - 2) && !VOWEL.test(last)) {
    current = current.slice(0, -1);
  }
  return current;
}

// Redaction markers ("[name]", "[unit]") stand for different people and places in every comment;
// as features they would only teach the classifier who tends to mention names.
const MARKERS = new RegExp(
  [...new Set(Object.values(REDACTION_MARKERS))].map((m) => m.replace(/[[\]]/g, '\\$&')).join('|'),
  'g',
);

const DIGITS_ONLY = /^\p{N}+$/u;

// Each distinct word's feature, worked out once: comments repeat the same few thousand words, and
// folding and stemming them afresh every time would cost more than all the counting. Emptied
// when full, so an endless stream of new words cannot make it grow without bound.
const FEATURE_CACHE_SIZE = 100_000;
const featureCache = new Map<string, string | null>();

/** The feature a word counts as, or null for a stop word, a number or a one-letter word. */
function featureOf(word: string): string | null {
  let feature = featureCache.get(word);
  if (feature === undefined) {
    const key = foldWord(withoutPossessive(word));
    feature = key.length < 2 || STOP_WORDS.has(key) || DIGITS_ONLY.test(key) ? null : stem(key);
    if (featureCache.size >= FEATURE_CACHE_SIZE) featureCache.clear();
    featureCache.set(word, feature);
  }
  return feature;
}

/**
 * The distinct features of a text, in order of first appearance. Distinct, because the classifier
 * counts whether a comment uses a word, not how often (see `classifier.ts`).
 */
export function themeTokens(text: string): string[] {
  const seen = new Set<string>();
  for (const word of wordTexts(text.replace(MARKERS, ' '))) {
    const feature = featureOf(word);
    if (feature !== null) seen.add(feature);
  }
  return [...seen];
}
