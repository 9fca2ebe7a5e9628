// What each built-in instrument must contain: its constructs, their item counts, perspectives and scales.
import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../definition.js';
import { questionsOf, type ScaleQuestion } from '../questions.js';
import { builtInInstrument } from './index.js';

function get(key: string): InstrumentDefinition {
  const def = builtInInstrument(key);
  if (!def) throw new Error(`no built-in ${key}`);
  return def;
}

const scaleQuestions = (def: InstrumentDefinition) => questionsOf(def).filter((q): q is ScaleQuestion => q.kind === 'scale');
const byId = (def: InstrumentDefinition) => new Map(scaleQuestions(def).map((q) => [q.id, q]));
const sizes = (def: InstrumentDefinition) => Object.fromEntries(def.constructs.map((c) => [c.id, c.items.length]));

const ELEMENTS = ['vision-values', 'goals-performance', 'support-compassion', 'learning-innovation', 'teamwork', 'equity-inclusion'];
const BEHAVIOURS = ['attending', 'understanding', 'empathising', 'helping'];

describe('leadership behaviours survey', () => {
  const def = get('leadership-behaviours');
  const questions = byId(def);

  it('has one construct per element and behaviour for each perspective, plus two outcomes', () => {
    const expected: Record<string, number> = { engagement: 3, 'intention-to-stay': 3 };
    for (const perspective of ['self', 'leaders']) {
      for (const e of ELEMENTS) expected[`${e}-${perspective}`] = 3;
      for (const b of BEHAVIOURS) expected[`${b}-${perspective}`] = 3;
    }
    expect(sizes(def)).toEqual(expected);
    expect(def.constructs.filter((c) => c.framework === 'cultural_element').map((c) => c.frameworkKey)).toEqual([
      ...['vision_values', 'goals_performance', 'support_compassion', 'learning_innovation', 'teamwork', 'equity_inclusion'],
      ...['vision_values', 'goals_performance', 'support_compassion', 'learning_innovation', 'teamwork', 'equity_inclusion'],
    ]);
    expect(def.constructs.filter((c) => c.framework === 'compassionate_leadership')).toHaveLength(8);
    expect(def.constructs.filter((c) => c.framework === 'outcome').map((c) => c.frameworkKey)).toEqual(['engagement', 'intention_to_stay']);
  });

  it('keeps the two perspectives apart: each construct scores only its own perspective', () => {
    for (const c of def.constructs.filter((c) => c.perspective)) {
      expect(c.items.map((id) => questions.get(id)!.perspective)).toEqual(c.items.map(() => c.perspective));
    }
    expect(scaleQuestions(def).filter((q) => q.perspective === 'self')).toHaveLength(30);
    expect(scaleQuestions(def).filter((q) => q.perspective === 'leaders')).toHaveLength(30);
  });

  it('uses grids on the 5-point agreement scale, with two or three reverse-scored statements', () => {
    const scored = scaleQuestions(def);
    expect(scored).toHaveLength(66);
    expect(scored.every((q) => q.gridId !== null && q.scale.kind === 'agreement5')).toBe(true);
    expect(scored.filter((q) => q.reverse).map((q) => q.id)).toEqual(['self-goals-3', 'self-attending-3', 'leaders-support-3']);
  });

  it('has two optional comment boxes and asks about service, managing and working pattern only', () => {
    const texts = questionsOf(def).filter((q) => q.kind === 'text');
    expect(texts.map((q) => [q.id, q.required])).toEqual([
      ['improve-leadership', false],
      ['leadership-strengths', false],
    ]);
    expect(def.demographics.map((d) => d.id)).toEqual(['length-of-service', 'manages-others', 'working-pattern']);
    expect(def.demographics.every((d) => d.preferNotToSay)).toBe(true);
  });
});

describe('staff pulse', () => {
  const pulse = get('staff-pulse');
  const full = byId(get('leadership-behaviours'));

  it('has eight statements, each word for word (and with the same scoring) in the leadership behaviours survey', () => {
    const items = scaleQuestions(pulse);
    expect(items).toHaveLength(8);
    for (const item of items) {
      const original = full.get(item.id);
      expect(original, item.id).toBeDefined();
      expect(item.text).toEqual(original!.text);
      expect([item.reverse, item.perspective, item.scale]).toEqual([original!.reverse, original!.perspective, original!.scale]);
    }
  });

  it('covers every cultural element from the leaders perspective, plus both outcomes, one construct each', () => {
    expect(sizes(pulse)).toEqual({
      ...Object.fromEntries(ELEMENTS.map((e) => [`${e}-leaders`, 1])),
      engagement: 1,
      'intention-to-stay': 1,
    });
  });
});

describe('real-team check', () => {
  const def = get('real-team-check');

  it('scores the three conditions and the three steps of reflexivity', () => {
    expect(sizes(def)).toEqual({
      'shared-objectives': 3,
      'interdependent-working': 3,
      'regular-review': 3,
      'reflexivity-reflection': 3,
      'reflexivity-planning': 3,
      'reflexivity-action': 3,
    });
    expect(def.constructs.every((c) => c.framework === 'real_team')).toBe(true);
  });

  it('asks team size in five bands', () => {
    const size = questionsOf(def).find((q) => q.id === 'team-size');
    expect(size?.kind === 'single' ? size.options.map((o) => o.label.en) : []).toEqual(['1 to 5', '6 to 8', '9 to 12', '13 to 20', 'More than 20']);
  });
});

describe('culture of innovation', () => {
  it('scores the four elements with four statements each', () => {
    const def = get('innovation-culture');
    expect(sizes(def)).toEqual({ 'vision-strategy': 4, 'inclusion-participation': 4, 'team-boundary-working': 4, 'support-autonomy': 4 });
    expect(def.constructs.every((c) => c.framework === 'innovation_culture')).toBe(true);
  });
});

describe('working across boundaries', () => {
  it('scores the five factors with three statements each', () => {
    const def = get('boundary-working');
    expect(sizes(def)).toEqual({ 'shared-vision': 3, 'personal-contact': 3, 'resolving-conflict': 3, altruism: 3, 'long-term-commitment': 3 });
    expect(def.constructs.every((c) => c.framework === 'boundary_working')).toBe(true);
  });
});

describe('Healthcare Leadership Model 360', () => {
  const def = get('hlm-360');
  const questions = byId(def);
  const DIMENSIONS = [
    'inspiring-shared-purpose',
    'leading-with-care',
    'evaluating-information',
    'connecting-our-service',
    'sharing-the-vision',
    'engaging-the-team',
    'holding-to-account',
    'developing-capability',
    'influencing-for-results',
  ];

  it('is for raters, and every statement is about "the person"', () => {
    expect(def.audience).toBe('raters');
    const scored = scaleQuestions(def);
    expect(scored.every((q) => q.perspective === 'subject')).toBe(true);
    const ratings = scored.filter((q) => q.scale.kind === 'levels4');
    expect(ratings.every((q) => q.text.en.startsWith('The person ') && q.text.cy!.startsWith("Mae'r person "))).toBe(true);
  });

  it('tells self-raters that "the person" means them, on every grid', () => {
    const grids = def.sections.flatMap((s) => s.items).filter((i) => i.type === 'grid');
    expect(grids).toHaveLength(10);
    expect(grids.every((g) => g.hint?.en === 'If you are rating yourself, ‘the person’ means you.')).toBe(true);
  });

  it('rates nine dimensions on the four levels and asks how important each is', () => {
    expect(sizes(def)).toEqual({
      ...Object.fromEntries(DIMENSIONS.map((d) => [d, 2])),
      ...Object.fromEntries(DIMENSIONS.map((d) => [`importance-${d}`, 1])),
    });
    for (const d of DIMENSIONS) {
      const rating = def.constructs.find((c) => c.id === d)!;
      const importance = def.constructs.find((c) => c.id === `importance-${d}`)!;
      expect(rating.items.map((id) => questions.get(id)!.scale.kind)).toEqual(['levels4', 'levels4']);
      expect(questions.get(importance.items[0]!)!.scale.kind).toBe('importance4');
      expect(importance.frameworkKey).toBe(`${rating.frameworkKey}_importance`);
    }
    expect(def.constructs.every((c) => c.framework === 'healthcare_leadership_model')).toBe(true);
  });
});

describe('patient experience of culture', () => {
  const def = get('patient-experience');

  it('is for patients: ten agreement statements, one 0–10 question and two comment boxes', () => {
    expect(def.audience).toBe('patients');
    const questions = questionsOf(def);
    const scored = scaleQuestions(def);
    expect(scored.filter((q) => q.scale.kind === 'agreement5')).toHaveLength(10);
    expect(scored.filter((q) => q.scale.kind === 'zero_to_ten').map((q) => q.id)).toEqual(['px-recommend']);
    expect(questions.filter((q) => q.kind === 'text').map((q) => q.id)).toEqual(['px-best', 'px-better']);
    expect(def.constructs.every((c) => c.framework === 'patient_experience')).toBe(true);
  });

  it('asks patient or carer and age band, each with prefer not to say', () => {
    expect(def.demographics.map((d) => [d.id, d.preferNotToSay])).toEqual([
      ['respondent-type', true],
      ['age-band', true],
    ]);
  });

  it('uses short statements a young reader can follow: 12 words or fewer', () => {
    const long = scaleQuestions(def)
      .filter((q) => q.scale.kind === 'agreement5')
      .filter((q) => q.text.en.split(/\s+/).length > 12);
    expect(long).toEqual([]);
  });
});
