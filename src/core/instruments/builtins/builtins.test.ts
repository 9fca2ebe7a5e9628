// Checks that hold for every built-in instrument: valid, fully Welsh, answerable, plainly written.
import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../answers.js';
import { checkDefinition } from '../check-definition.js';
import { questionsOf } from '../questions.js';
import { scoredItems } from '../scoring-keys.js';
import { localisedTexts } from '../texts.js';
import { BUILT_IN_INPUTS, BUILT_IN_INSTRUMENTS, builtInInstrument } from './index.js';

describe.each(BUILT_IN_INPUTS.map((input) => [input.key, input] as const))('built-in %s', (key, input) => {
  const def = builtInInstrument(key)!;

  it('passes checkDefinition', () => {
    const result = checkDefinition(input);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is offered in English and Welsh, with Welsh for every text', () => {
    expect(def.languages).toEqual(['en', 'cy']);
    const texts = localisedTexts(def);
    expect(texts.length).toBeGreaterThan(20);
    for (const { path, text } of texts) {
      expect(text.cy, path).toBeTruthy();
      // Only numbers and number ranges read the same in both languages.
      if (!/^[\d\s–-]+$/.test(text.en)) expect(text.cy, `${path} looks untranslated`).not.toBe(text.en);
    }
  });

  it('names its source', () => {
    expect(def.source.length).toBeGreaterThan(20);
  });

  it('scores every scale question in exactly one construct', () => {
    const counts = new Map(scoredItems(def).map((item) => [item.itemId, 0]));
    for (const construct of def.constructs) for (const id of construct.items) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
  });

  it('never asks the same question twice', () => {
    const texts = questionsOf(def).map((q) => q.text.en);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('keeps statements short: no sentence longer than 25 words', () => {
    const long = questionsOf(def)
      .flatMap((q) => q.text.en.split(/(?<=[.?!])\s+/))
      .filter((sentence) => sentence.split(/\s+/).length > 25);
    expect(long).toEqual([]);
  });

  it('accepts a complete set of answers, in either language', () => {
    const answers: Record<string, unknown> = {};
    for (const q of questionsOf(def)) {
      if (q.kind === 'scale') answers[q.id] = q.scale.options.at(-1)!.value;
      else if (q.kind === 'single') answers[q.id] = q.options[0]!.value;
      else if (q.kind === 'multiple') answers[q.id] = [q.options[0]!.value];
      else answers[q.id] = 'Nothing to add.';
    }
    const demographics = Object.fromEntries(def.demographics.map((d) => [d.id, 'prefer_not_to_say']));
    for (const language of ['en', 'cy'] as const) {
      const result = validateSubmission(def, { answers, demographics }, language);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });
});

describe('the built-in library', () => {
  it('holds the seven instruments, once each', () => {
    expect(BUILT_IN_INSTRUMENTS.map((d) => d.key).sort()).toEqual([
      'boundary-working',
      'hlm-360',
      'innovation-culture',
      'leadership-behaviours',
      'patient-experience',
      'real-team-check',
      'staff-pulse',
    ]);
  });
});
