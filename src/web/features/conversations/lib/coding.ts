// Coding a note, as pure data: each cultural element is not coded, a strength, an area to develop
// or (only when saved that way) both; the keyboard shortcuts that cycle them; and the words for
// the classifier's suggestions. The elements and behaviours come from the culture model in core.
import { COMPASSIONATE_BEHAVIOURS, CULTURAL_ELEMENTS } from '../../../../core/instruments/builtins/leadership-framework.js';
import type { Coding, CodingBody, ElementCode, Stance, Suggestion } from '../api/conversations-api.js';

export const ELEMENTS: readonly { key: string; name: string }[] = CULTURAL_ELEMENTS.map((e) => ({ key: e.key, name: e.name.en }));
export const BEHAVIOURS: readonly { key: string; name: string }[] = COMPASSIONATE_BEHAVIOURS.map((b) => ({ key: b.key, name: b.name.en }));

/** 'both' exists only for codings saved with an element marked both ways; the cycle never makes it. */
export type Choice = 'none' | 'strength' | 'develop' | 'both';

export const CHOICE_LABELS: Record<Choice, string> = {
  none: 'Not coded',
  strength: 'Strength',
  develop: 'Area to develop',
  both: 'Both',
};

export const STANCE_WORDS: Record<Stance, string> = { strength: 'strength', develop: 'area to develop' };

export interface CodingDraft {
  /** By element key; a missing key means 'none'. */
  choices: Record<string, Choice>;
  behaviours: string[];
  /** The free themes as typed: comma separated. */
  themes: string;
}

/** The shortcut cycle: not coded → strength → area to develop → not coded. */
export function nextChoice(choice: Choice): Choice {
  switch (choice) {
    case 'none':
      return 'strength';
    case 'strength':
      return 'develop';
    default:
      return 'none';
  }
}

export function choicesFromCodes(codes: readonly ElementCode[]): Record<string, Choice> {
  const choices: Record<string, Choice> = {};
  for (const { element, stance } of codes) {
    const now = choices[element];
    choices[element] = now && now !== stance ? 'both' : stance;
  }
  return choices;
}

/** Codes in the culture model's order; 'both' gives two codes. */
export function codesFromChoices(choices: Readonly<Record<string, Choice>>): ElementCode[] {
  return ELEMENTS.flatMap(({ key }): ElementCode[] => {
    const choice = choices[key] ?? 'none';
    if (choice === 'both') return [{ element: key, stance: 'strength' }, { element: key, stance: 'develop' }];
    return choice === 'none' ? [] : [{ element: key, stance: choice }];
  });
}

/** "Kind leaders, rota , , kind leaders" → ["Kind leaders", "rota"]: trimmed, blanks and repeats (ignoring case) dropped. */
export function parseThemes(text: string): string[] {
  const seen = new Set<string>();
  const themes: string[] = [];
  for (const raw of text.split(',')) {
    const theme = raw.trim().replace(/\s+/g, ' ');
    if (!theme || seen.has(theme.toLowerCase())) continue;
    seen.add(theme.toLowerCase());
    themes.push(theme);
  }
  return themes;
}

export function draftFrom(coding: Coding | null): CodingDraft {
  return { choices: choicesFromCodes(coding?.codes ?? []), behaviours: [...(coding?.behaviours ?? [])], themes: (coding?.themes ?? []).join(', ') };
}

export function codingBody(draft: CodingDraft, version: number): CodingBody {
  return { version, codes: codesFromChoices(draft.choices), behaviours: BEHAVIOURS.map((b) => b.key).filter((k) => draft.behaviours.includes(k)), themes: parseThemes(draft.themes) };
}

/** Whether the draft says something different from the saved coding. */
export function isChanged(draft: CodingDraft, coding: Coding | null): boolean {
  const a = codingBody(draft, 0);
  const b = codingBody(draftFrom(coding), 0);
  return JSON.stringify(a) !== JSON.stringify(b);
}

export const elementName = (key: string): string => ELEMENTS.find((e) => e.key === key)?.name ?? key;
export const behaviourName = (key: string): string => BEHAVIOURS.find((b) => b.key === key)?.name ?? key;

/** "Teamwork, strength (82% likely)"; several are joined with semicolons. */
export function suggestionText(suggestions: readonly Suggestion[]): string {
  return suggestions.map((s) => `${elementName(s.element)}, ${STANCE_WORDS[s.stance]} (${Math.round(s.score * 100)}% likely)`).join('; ');
}

/** The suggestions as choices: for an element suggested both ways, the more likely stance. Other elements are left as they are. */
export function applySuggestions(choices: Readonly<Record<string, Choice>>, suggestions: readonly Suggestion[]): Record<string, Choice> {
  const best = new Map<string, Suggestion>();
  for (const s of suggestions) {
    const known = best.get(s.element);
    if (!known || s.score > known.score) best.set(s.element, s);
  }
  const next = { ...choices };
  for (const [element, s] of best) if (ELEMENTS.some((e) => e.key === element)) next[element] = s.stance;
  return next;
}

/** What a key press means inside a note's coding form. */
export type Shortcut = { kind: 'cycle'; index: number } | { kind: 'save' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** The control the key was pressed in, such as 'input:radio', 'input:text', 'textarea', 'select', 'button'. */
  target: string;
  isComposing?: boolean;
}

/** Controls where typing means text, so no shortcut may fire there (nor when composing text). */
const TYPING = /^(input:(text|search|email|number|tel|url|password)|textarea|select)$/;

/** The shortcut for a key press, or null when the key should do what it always does. */
export function shortcutFor(press: KeyPress, elementCount = ELEMENTS.length): Shortcut | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.isComposing) return null;
  if (TYPING.test(press.target)) return null;
  if (/^[1-9]$/.test(press.key)) {
    const index = Number(press.key) - 1;
    return index < elementCount ? { kind: 'cycle', index } : null;
  }
  // Enter on a button presses it; on a radio or checkbox it saves.
  if (press.key === 'Enter' && /^input:(radio|checkbox)$|^form$|^fieldset$/.test(press.target)) return { kind: 'save' };
  return null;
}

/** The description of an element's new state, for the live region: "Teamwork: strength". */
export function choiceAnnouncement(key: string, choice: Choice): string {
  return `${elementName(key)}: ${choice === 'none' ? 'not coded' : choice === 'both' ? 'strength and area to develop' : STANCE_WORDS[choice]}`;
}

/** A saved coding in words, for those who may read but not code: "Teamwork: strength". */
export function codingSummary(coding: Coding): string[] {
  return [
    ...coding.codes.map((c) => `${elementName(c.element)}: ${STANCE_WORDS[c.stance]}`),
    ...coding.behaviours.map((b) => `Behaviour: ${behaviourName(b).toLowerCase()}`),
    ...coding.themes.map((t) => `Theme: ${t}`),
  ];
}
