import { describe, expect, it } from 'vitest';
import { assuranceWords, changeText, metricText, periodInWords, scoreText, themesText, variationWords } from './evidence-text.js';

describe('evidence in words', () => {
  it('gives a score to 2 decimal places with how many answered', () => {
    const score = { kind: 'score' as const, label: 'Leadership behaviours survey: Teamwork', score: 6.8, n: 1412, change: null };
    expect(scoreText(score)).toBe('6.80 out of 10, from 1,412 people');
    expect(scoreText({ ...score, n: 1 })).toBe('6.80 out of 10, from 1 person');
    expect(changeText(score)).toBe('There is no earlier wave to compare with.');
    expect(changeText({ ...score, change: { earlier: 6.5, difference: 0.3, pValue: 0.01, significant: true, reading: 'Up 0.3, a real change. Compared with Staff pulse, winter 2025.' } })).toBe('Up 0.3, a real change. Compared with Staff pulse, winter 2025.');
  });
  it('gives a metric’s latest value with the month in words, and says when SPC cannot judge it', () => {
    const metric = { kind: 'metric' as const, label: 'Sickness absence', latest: '4.12%', period: '2026-10', variation: null, variationText: null, assurance: null, assuranceText: null };
    expect(metricText(metric)).toBe('4.12% in October 2026');
    expect(variationWords(metric)).toBe('Too few points to judge the variation.');
    expect(assuranceWords(metric)).toBe('No target, or too few points to say whether it will be met.');
    expect(variationWords({ ...metric, variationText: 'Special cause: improvement' })).toBe('Special cause: improvement');
  });
  it('leaves a period that is not a month as it is', () => {
    expect(periodInWords('2026-Q3')).toBe('2026-Q3');
    expect(periodInWords('2026-13')).toBe('2026-13');
  });
  it('counts coded themes, and the sessions when there were any', () => {
    const themes = { kind: 'themes' as const, label: 'Focus group notes coded to this element', strengths: 14, develop: 5, sessions: 3, quotes: [], quotesWithheld: null };
    expect(themesText(themes)).toBe('14 mentions as a strength and 5 as an area to develop, from 3 sessions');
    expect(themesText({ ...themes, strengths: 1, sessions: 0 })).toBe('1 mention as a strength and 5 as an area to develop');
  });
});
