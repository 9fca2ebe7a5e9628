// Searching survey comments by words and phrases, with the matches marked for highlighting.
//
// It searches only the comments it is given, and keeps nothing between calls (no index, no
// cache). That is the privacy rule: the server passes only redacted comments from groups at or
// above the comment threshold, so a search can never reveal, or even count, a comment from a
// smaller group. Callers must not pass anything else.
//
// The query: words and "quoted phrases", all of which must appear (AND). Matching ignores case,
// accents and curly apostrophes, and is by whole word ("ward" does not find "reward"); a word
// ending in * matches any word it begins ("manag*" finds "managers"). Words inside a redaction
// marker ("[name]") are never matched, and a phrase cannot run across one.

import { REDACTION_MARKERS } from './redact.js';
import { foldWord, withoutPossessive, wordTexts, words } from './text.js';

export interface Highlight {
  start: number;
  end: number;
}

export interface CommentHit<C> {
  comment: C;
  /** Where the query matched in `comment.text`, in order and not overlapping. */
  highlights: Highlight[];
}

/** One query term: a word or a phrase, as folded words; `prefix` if its last word ended in *. */
export interface QueryTerm {
  words: string[];
  prefix: boolean;
}

// The form both query and comment words are compared in: folded, possessive dropped, so that
// "manager's" finds "manager".
const keyOf = (word: string): string => foldWord(withoutPossessive(word));

const QUERY_TERM = /["“”]([^"“”]*)["“”]?|(\S+)/gu;

/** The terms of a search query, in order; words with no letters or digits are dropped. */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const m of query.matchAll(QUERY_TERM)) {
    const raw = m[1] ?? m[2] ?? '';
    const termWords = wordTexts(raw).map(keyOf);
    if (termWords.length > 0) terms.push({ words: termWords, prefix: /[\p{L}\p{M}\p{N}]\*$/u.test(raw.trimEnd()) });
  }
  return terms;
}

interface Token {
  /** null for a redaction marker, which nothing matches. */
  key: string | null;
  start: number;
  end: number;
}

const MARKER_WORDS = new Set(Object.values(REDACTION_MARKERS).map((m) => m.slice(1, -1).toLowerCase()));

function tokenise(text: string): Token[] {
  return words(text).map((w) => {
    const inMarker = text.charAt(w.start - 1) === '[' && text.charAt(w.end) === ']' && MARKER_WORDS.has(w.text.toLowerCase());
    return { key: inMarker ? null : keyOf(w.text), start: w.start, end: w.end };
  });
}

/** Every place `term` matches in `tokens`. */
function matches(tokens: readonly Token[], term: QueryTerm): Highlight[] {
  const found: Highlight[] = [];
  const last = term.words.length - 1;
  for (let i = 0; i + last < tokens.length; i++) {
    const ok = term.words.every((word, k) => {
      const key = (tokens[i + k] as Token).key;
      if (key === null) return false;
      return k === last && term.prefix ? key.startsWith(word) : key === word;
    });
    if (ok) found.push({ start: (tokens[i] as Token).start, end: (tokens[i + last] as Token).end });
  }
  return found;
}

function mergeHighlights(spans: Highlight[]): Highlight[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Highlight[] = [];
  for (const s of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && s.start <= previous.end) previous.end = Math.max(previous.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * The comments that contain every term of `query`, in the order given, each with its matches.
 * A query with no words finds every comment, with nothing highlighted.
 */
export function searchComments<C extends { text: string }>(comments: readonly C[], query: string): CommentHit<C>[] {
  const terms = parseQuery(query);
  const hits: CommentHit<C>[] = [];
  for (const comment of comments) {
    if (terms.length === 0) {
      hits.push({ comment, highlights: [] });
      continue;
    }
    const tokens = tokenise(comment.text);
    const spans: Highlight[] = [];
    let all = true;
    for (const term of terms) {
      const found = matches(tokens, term);
      if (found.length === 0) {
        all = false;
        break;
      }
      spans.push(...found);
    }
    if (all) hits.push({ comment, highlights: mergeHighlights(spans) });
  }
  return hits;
}
