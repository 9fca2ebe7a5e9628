// Word handling shared by comment redaction, theme suggestions and comment search: one
// definition of a word and one way of folding it for comparison, so that all three agree on
// where words start and end (Welsh and English alike) and on when two words are the same.

/** A word in a comment, with its position in UTF-16 code units (what `String.slice` takes). */
export interface WordSpan {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
}

// Letters, combining marks and digits, joined by internal straight or curly apostrophes, so that
// "O'Neil", "mae'r" and "don’t" are each one word while quotes around a word are not part of it.
// Hyphens split words: "Mary-Jane" is two words, which lets each half match a staff name.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** Every word in `text`, in order. */
export function words(text: string): WordSpan[] {
  const found: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** The words of `text` without their positions: cheaper, for when only the words matter. */
export function wordTexts(text: string): string[] {
  return text.match(WORD) ?? [];
}

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

/**
 * A word folded for comparison: lower case, curly apostrophes made straight and accents removed,
 * so "Siân" matches "sian" and "O’Neil" matches "o'neil". People type names with and without
 * accents, and a staff list often drops them.
 */
export function foldWord(word: string): string {
  // Most words are plain ASCII; skipping Unicode normalisation for them keeps tokenising cheap.
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(MARKS, '').replace(/’/g, "'").toLowerCase();
}

/** The word without a trailing possessive "'s" ("Sarah's" → "Sarah"), or as it is. */
export function withoutPossessive(word: string): string {
  return word.length > 2 && /['’][sS]$/.test(word) ? word.slice(0, -2) : word;
}

const UPPER_FIRST = /^[\p{Lu}\p{Lt}]/u;
const NOT_LETTER = /[^\p{L}]/gu;

/**
 * Whether a word is written with a capital first letter. A word in capitals throughout ("MAY")
 * does not count: people who write in capitals do it for a whole sentence, and it says nothing
 * about whether the word is a name.
 */
export function isCapitalised(word: string): boolean {
  if (!UPPER_FIRST.test(word)) return false;
  const letters = word.replace(NOT_LETTER, '');
  return letters.length < 2 || letters !== letters.toUpperCase();
}

/**
 * Common English words that say nothing about a comment's theme. Negations are among them on
 * purpose: "support" and "no support" are about the same theme. The redactor uses them too: "The"
 * after a title is not a surname. Stored folded.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also always am an and any are as at be because been
  before being below between both but by can can't could couldn't did didn't do does doesn't
  doing don't down during each even every few for from further get gets getting got had hadn't
  has hasn't have haven't having he he's her here hers herself him himself his how i i'd i'll
  i'm i've if in into is isn't it it's its itself just let lot lots many may me might more most
  much must my myself never no nor not now of off on once one only or other others our ours
  ourselves out over own quite really same shall she should shouldn't so some still such than
  that that's the their theirs them themselves then there there's these they they're they've
  this those through to too under until up upon us very was wasn't we we're we've were weren't
  what when where which while who whom why will with won't would wouldn't yet you you're
  you've your yours yourself yourselves`.split(/\s+/),
);
