// Redacting survey comments before anyone reads them: staff names, titles with surnames, "my
// manager Sarah"-style mentions, unit and ward names, email addresses, phone and extension
// numbers, NHS and National Insurance numbers, staff numbers and postcodes are replaced with
// plain markers such as "[name]". Comments are shown only for groups at or above the comment
// threshold (the server's job); this removes the identifying details inside the words.
//
// The rule for names. A staff list holds tens of thousands of first names and surnames, and many
// are also ordinary words ("Will", "May", "Hope", "Mark", "Ward"). Each word of a comment that is
// on the staff list is treated by what else it is:
//   - a name and nothing else ("Siân", "Okonkwo"): redacted wherever it stands, in any case;
//   - also an everyday word (`COMMON_WORD_NAMES`, plus the organisation's own): redacted only when
//     written with a capital in the middle of a sentence ("ask Will", not "Will it change?" or
//     "it will"), after a title ("Dr Hope"), after a cue such as "my manager", or capitalised
//     beside another redacted name ("Grace Okafor" at the start of a sentence);
//   - also a role, place or function word ("Ward", "Nurse", "The"): only after a title or a cue,
//     or capitalised beside another redacted name, since staff capitalise these words anyway.
// A capitalised word after a title or a cue is redacted even when it is not on the staff list
// (agency staff, relatives, doctors in training), as is a capitalised word straight after a
// redacted first name. Names written in capitals throughout, misspelt, or not on the list and
// without a cue are missed: a human still reads comments before they are published.

import { findContactDetails, type ContactKind } from './contact-patterns.js';
import { ABBREVIATED_TITLES, COMMON_WORD_NAMES, NAME_PARTICLES, ROLE_AND_PLACE_WORDS, TITLES } from './name-words.js';
import { foldWord, isCapitalised, STOP_WORDS, withoutPossessive, wordTexts, words } from './text.js';

export type RedactionKind = ContactKind | 'name' | 'unit';

/** What replaces each kind of detail. Both number kinds read "[number]": which it was is no help to a reader. */
export const REDACTION_MARKERS: Readonly<Record<RedactionKind, string>> = {
  name: '[name]',
  unit: '[unit]',
  email: '[email]',
  phone: '[phone]',
  nhs_number: '[number]',
  ni_number: '[number]',
  staff_number: '[number]',
  postcode: '[postcode]',
};

export interface Redaction {
  kind: RedactionKind;
  start: number;
  end: number;
}

export interface RedactedComment {
  text: string;
  /**
   * Where each marker stands in the redacted `text` (not in the original), in order. Offsets in
   * the original would tell whoever sees them how long each hidden name was.
   */
  redactions: Redaction[];
}

export interface RedactorOptions {
  /** Unit and ward names to redact ("Cedar Ward", "AMU"), matched as whole words in any case. */
  units?: Iterable<string>;
  /** More staff names to treat as everyday words, on top of `COMMON_WORD_NAMES`. */
  commonWords?: Iterable<string>;
}

/** One organisation's redaction rules, compiled once and reused for every comment. */
export interface Redactor {
  /** Every word of every staff name, folded; a hash set, so each word of a comment costs one lookup. */
  readonly names: ReadonlySet<string>;
  readonly commonWords: ReadonlySet<string>;
  /** Unit names as folded word sequences, by first word, longest first. */
  readonly units: ReadonlyMap<string, readonly (readonly string[])[]>;
}

interface Token {
  start: number;
  /** End of the whole word. */
  end: number;
  /** End without a possessive "'s", so "Sarah's" becomes "[name]'s". */
  nameEnd: number;
  key: string;
  capitalised: boolean;
}

function tokenise(text: string): Token[] {
  return words(text).map((w) => {
    const base = withoutPossessive(w.text);
    return { start: w.start, end: w.end, nameEnd: w.start + base.length, key: foldWord(base), capitalised: isCapitalised(base) };
  });
}

const keysOf = (text: string): string[] => wordTexts(text).map((w) => foldWord(withoutPossessive(w)));

/**
 * Compiles the redaction rules for one organisation. `names` are staff names as in the staff
 * list, whole ("Siân ap Gwilym") or in parts; each word becomes a name on its own, except
 * one-letter words, words with digits and particles such as "ap" or "van".
 */
export function compileRedactor(names: Iterable<string>, options: RedactorOptions = {}): Redactor {
  const nameWords = new Set<string>();
  for (const name of names) {
    for (const key of keysOf(name)) {
      if (key.length >= 2 && !/\p{N}/u.test(key) && !NAME_PARTICLES.has(key)) nameWords.add(key);
    }
  }
  const commonWords = new Set(COMMON_WORD_NAMES);
  for (const word of options.commonWords ?? []) for (const key of keysOf(word)) commonWords.add(key);
  const units = new Map<string, string[][]>();
  const addUnit = (keys: string[]) => {
    const first = keys[0];
    if (first === undefined) return;
    const list = units.get(first) ?? [];
    if (!list.some((k) => k.join(' ') === keys.join(' '))) list.push(keys);
    units.set(first, list);
  };
  for (const unit of options.units ?? []) {
    addUnit(keysOf(unit));
    // "Ward 20 (Colorectal)" is "Ward 20" when people write it. The short form counts only when
    // it has two words or more: "Theatres (Main)" shortened to "theatres" is an everyday word.
    const short = unit.replace(/\s*[([][^)\]]*[)\]]\s*/gu, ' ').trim();
    if (short !== unit.trim() && keysOf(short).length >= 2) addUnit(keysOf(short));
  }
  for (const list of units.values()) list.sort((a, b) => b.length - a.length);
  return { names: nameWords, commonWords, units };
}

// Between the words of one unit name: spaces, hyphens, "St.", "&", commas and brackets, as in
// "Ward 20 (Colorectal)" or "Ward 20, Colorectal".
const UNIT_GAP = /^[\s.,\-‐–&/()[\]]*$/u;

function findUnits(text: string, tokens: Token[], r: Redactor): Redaction[] {
  const found: Redaction[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = r.units.get((tokens[i] as Token).key);
    if (!candidates) continue;
    const length = candidates.find((keys) =>
      keys.every((key, k) => {
        const t = tokens[i + k];
        if (!t || t.key !== key) return false;
        return k === 0 || UNIT_GAP.test(text.slice((tokens[i + k - 1] as Token).end, t.start));
      }),
    )?.length;
    if (length === undefined) continue;
    const start = (tokens[i] as Token).start;
    let end = (tokens[i + length - 1] as Token).nameEnd;
    // "Ward 20 (Colorectal)": the closing bracket goes with the name it closes.
    const opened = text.slice(start, end);
    if (text[end] === ')' && opened.split('(').length > opened.split(')').length) end++;
    else if (text[end] === ']' && opened.split('[').length > opened.split(']').length) end++;
    found.push({ kind: 'unit', start, end });
    i += length - 1;
  }
  return found;
}

// A cue that the next capitalised word is someone's name: "my manager Sarah", "our ward
// sister, Ffion,", "a porter called Dave", "my line manager is Tom".
const NAME_CUE = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:(?:my|our|the|a|an|his|her|their|your)\\s+' +
    '(?:(?:line|ward|team|unit|deputy|new|old|previous|current|clinical|charge|senior|junior|practice|service|department|band\\s?\\d)\\s+)*' +
    '(?:manager|supervisor|lead|leader|boss|matron|sister|nurse|doctor|consultant|colleague|mentor|preceptor|director|head|educator|registrar|midwife|porter|receptionist)s?' +
    '(?:\\s*,)?(?:\\s+(?:called|named|is|was))?|called|named)\\s+',
  'giu',
);

// Between two words of one name: spaces on one line, or a hyphen ("Mary-Jane"). Not a full stop
// or a dash: "I asked Sarah. Nothing changed" is two sentences.
const WORD_GAP = /^(?:[ \t\u00a0]+|[-‐])$/u;
const SPACE_GAP = /^[ \t\u00a0]+$/u;
// Between two redacted words that become one marker: also a title's full stop ("Dr. Jones").
const NAME_GAP = /^\.?[\s\-‐–]*$/u;

// Everything before a word that still counts as the start of its sentence.
const SENTENCE_LEAD = /[\s"'“‘([*•\-–—]/u;

/** Whether the word at `start` begins the comment, a line or a sentence (after . ! ? … or :). */
function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && SENTENCE_LEAD.test(text.charAt(i))) {
    if (text.charAt(i) === '\n') return true;
    i -= 1;
  }
  return i < 0 || '.!?…:'.includes(text.charAt(i));
}

// How a word on the staff list is treated; see the rule at the top of this file.
const NOT_A_NAME = 0;
const ONLY_A_NAME = 1;
const EVERYDAY_WORD = 2;
const ROLE_OR_FUNCTION_WORD = 3;

function tierOf(key: string, r: Redactor): number {
  if (!r.names.has(key)) return NOT_A_NAME;
  if (r.commonWords.has(key)) return EVERYDAY_WORD;
  if (ROLE_AND_PLACE_WORDS.has(key) || STOP_WORDS.has(key) || TITLES.has(key)) return ROLE_OR_FUNCTION_WORD;
  return ONLY_A_NAME;
}

const NAME = 1;
const TITLE = 2;

function findNames(text: string, tokens: Token[], r: Redactor): Redaction[] {
  const n = tokens.length;
  const mark = new Uint8Array(n);
  const tier = tokens.map((t) => tierOf(t.key, r));
  const gap = (i: number, j: number) => text.slice((tokens[i] as Token).end, (tokens[j] as Token).start);
  const tok = (i: number) => tokens[i] as Token;

  for (let i = 0; i < n; i++) {
    if (tier[i] === ONLY_A_NAME) mark[i] = NAME;
    else if (tier[i] === EVERYDAY_WORD && tok(i).capitalised && !atSentenceStart(text, tok(i).start)) mark[i] = NAME;
  }

  // After a title or cue: capitalised, and not a function, role or title word unless the staff
  // list or the everyday-name list has it ("Dr Ward", "Sister Grace", not "Nurse Practitioner").
  const nameAfterCue = (t: Token) =>
    t.capitalised &&
    t.key.length >= 2 &&
    !/\p{N}/u.test(t.key) &&
    (r.names.has(t.key) || r.commonWords.has(t.key) || !(STOP_WORDS.has(t.key) || ROLE_AND_PLACE_WORDS.has(t.key) || TITLES.has(t.key)));
  // An initial or a particle that may open a name after a title: "Dr J. Smith", "Mr Ó Súilleabháin".
  const opensName = (t: Token) => (t.capitalised && t.key.length === 1) || NAME_PARTICLES.has(t.key) || t.key === 'o';
  // Takes the name starting at token j: up to two initials or particles, the name itself and up
  // to two more capitalised words of it ("Dr Aled Wyn Jones").
  const takeAfterCue = (start: number): boolean => {
    let j = start;
    while (j < n && j < start + 2 && opensName(tok(j)) && j + 1 < n && /^\.?[ \t\u00a0]+$/u.test(gap(j, j + 1))) j += 1;
    if (j >= n || !nameAfterCue(tok(j))) return false;
    for (let k = start; k <= j; k++) mark[k] = NAME;
    for (let k = j + 1; k < n && k <= j + 2 && WORD_GAP.test(gap(k - 1, k)) && nameAfterCue(tok(k)); k++) mark[k] = NAME;
    return true;
  };
  const isTitle = (t: Token) => TITLES.has(t.key) && (t.capitalised || ABBREVIATED_TITLES.has(t.key));
  for (let i = 0; i + 1 < n; i++) {
    if (isTitle(tok(i)) && /^\.?[ \t\u00a0]+$|^\.$/u.test(gap(i, i + 1)) && takeAfterCue(i + 1)) mark[i] = TITLE;
  }
  const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
  for (const cue of text.matchAll(NAME_CUE)) {
    const j = tokenAt.get(cue.index + cue[0].length);
    if (j !== undefined) takeAfterCue(j);
  }

  // Capitalised words beside a redacted name: "Grace Okafor" at the start of a sentence (an
  // everyday word before or after), "Ceri Kowalczyk" (a surname not on the list, after).
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (mark[i] || !tok(i).capitalised) continue;
      const onList = tier[i] === EVERYDAY_WORD || tier[i] === ROLE_OR_FUNCTION_WORD;
      const after = i > 0 && mark[i - 1] === NAME && WORD_GAP.test(gap(i - 1, i)) && (onList || nameAfterCue(tok(i)));
      const before = i + 1 < n && mark[i + 1] === NAME && WORD_GAP.test(gap(i, i + 1)) && onList;
      if (after || before) {
        mark[i] = NAME;
        changed = true;
      }
    }
  }

  // One marker per name: a title and its name, and the parts of a name joined by spaces,
  // hyphens or particles ("Dafydd ap Gwilym"), make one span.
  const found: Redaction[] = [];
  for (let i = 0; i < n; i++) {
    if (!mark[i]) continue;
    let j = i;
    for (;;) {
      if (j + 1 < n && mark[j + 1] && NAME_GAP.test(gap(j, j + 1))) {
        j += 1;
        continue;
      }
      let k = j + 1;
      while (k < n && !mark[k] && NAME_PARTICLES.has(tok(k).key) && SPACE_GAP.test(gap(k - 1, k))) k += 1;
      if (k > j + 1 && k < n && mark[k] && SPACE_GAP.test(gap(k - 1, k))) {
        j = k;
        continue;
      }
      break;
    }
    found.push({ kind: 'name', start: tok(i).start, end: tok(j).nameEnd });
    i = j;
  }
  return found;
}

// When spans overlap, the merged span takes the most specific kind: an email address holding a
// name is an email address; a ward named after someone is a unit.
const PRIORITY: Readonly<Record<RedactionKind, number>> = {
  email: 7,
  phone: 6,
  nhs_number: 5,
  ni_number: 4,
  staff_number: 3,
  postcode: 2,
  unit: 1,
  name: 0,
};

/** Joins overlapping spans into one, so no part of a detail is left showing between two markers. */
function mergeOverlaps(spans: Redaction[]): Redaction[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Redaction[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (PRIORITY[s.kind] > PRIORITY[last.kind]) last.kind = s.kind;
    } else {
      merged.push({ ...s });
    }
  }
  return merged;
}

/**
 * The identifying details in `text`, as spans of the original text in order, none overlapping.
 * For review on the server; what is shown is `redactComment`'s output.
 */
export function findIdentifiers(text: string, redactor: Redactor): Redaction[] {
  const tokens = tokenise(text);
  return mergeOverlaps([...findContactDetails(text), ...findUnits(text, tokens, redactor), ...findNames(text, tokens, redactor)]);
}

/** `text` with every identifying detail replaced by its marker, and where the markers stand. */
export function redactComment(text: string, redactor: Redactor): RedactedComment {
  let out = '';
  let from = 0;
  const redactions: Redaction[] = [];
  for (const span of findIdentifiers(text, redactor)) {
    out += text.slice(from, span.start);
    const marker = REDACTION_MARKERS[span.kind];
    redactions.push({ kind: span.kind, start: out.length, end: out.length + marker.length });
    out += marker;
    from = span.end;
  }
  return { text: out + text.slice(from), redactions };
}
