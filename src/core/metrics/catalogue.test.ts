import { describe, expect, it } from 'vitest';
import { CULTURAL_ELEMENTS } from '../instruments/builtins/leadership-framework.js';
import { METRIC_CATALOGUE, metricByKey } from './catalogue.js';

describe('the metric catalogue', () => {
  it('holds forty metrics with unique keys, each under one of the six cultural elements', () => {
    expect(METRIC_CATALOGUE).toHaveLength(40);
    expect(new Set(METRIC_CATALOGUE.map((m) => m.key)).size).toBe(40);
    const elements = new Set(CULTURAL_ELEMENTS.map((e) => e.key as string));
    for (const m of METRIC_CATALOGUE) expect(elements.has(m.element), m.key).toBe(true);
    for (const e of elements) expect(METRIC_CATALOGUE.some((m) => m.element === e), e).toBe(true);
  });

  it('gives percentages the range 0 to 100 and keys that can be typed in a file', () => {
    for (const m of METRIC_CATALOGUE) {
      expect(m.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (m.unit === 'percent' && m.unitLabel === '%') expect([m.min, m.max], m.key).toEqual([0, 100]);
      if (m.min !== null && m.max !== null) expect(m.min).toBeLessThan(m.max);
    }
    // Lower sickness absence is better; the SPC engine reads it so.
    expect(metricByKey('sickness-absence')?.direction).toBe('decrease');
    expect(metricByKey('nope')).toBeUndefined();
  });
});
