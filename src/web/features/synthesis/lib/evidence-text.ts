// Each piece of evidence in plain English, for the element page: a score with how many answered
// and how it changed, a metric's latest value with what its SPC chart says, a figure with its
// reading, and coded themes with their counts. Numbers are written as the board report writes
// them (core's en-GB formatting), so the page and the report agree.
import { formatNumberEnGb } from '../../../../core/report/document.js';
import type { Evidence } from '../api/synthesis-api.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-10" as "October 2026"; anything else (a quarter, a year) as it is. */
export function periodInWords(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : period;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

type Score = Extract<Evidence, { kind: 'score' }>;
type Metric = Extract<Evidence, { kind: 'metric' }>;
type Figure = Extract<Evidence, { kind: 'figure' }>;
type Themes = Extract<Evidence, { kind: 'themes' }>;

/** "6.84 out of 10, from 412 people" */
export function scoreText(e: Score): string {
  return `${formatNumberEnGb(e.score, 2)} out of 10, from ${count(e.n, 'person', 'people')}`;
}

/** The change since the last wave, as the results pages word it, or why there is none. */
export function changeText(e: Score): string {
  return e.change ? e.change.reading : 'There is no earlier wave to compare with.';
}

/** "12.3% in October 2026" */
export function metricText(e: Metric): string {
  return `${e.latest} in ${periodInWords(e.period)}`;
}

export function variationWords(e: Metric): string {
  return e.variationText ?? 'Too few points to judge the variation.';
}

export function assuranceWords(e: Metric): string {
  return e.assuranceText ?? 'No target, or too few points to say whether it will be met.';
}

export const FIGURE_READINGS: Record<Figure['reading'], string> = {
  good: 'Good',
  concern: 'A concern',
  neutral: 'Neither good nor a concern',
};

/** "14 notes as a strength and 5 as an area to develop, from 3 sessions" */
export function themesText(e: Themes): string {
  const from = e.sessions > 0 ? `, from ${count(e.sessions, 'session')}` : '';
  return `${count(e.strengths, 'mention')} as a strength and ${e.develop.toLocaleString('en-GB')} as an area to develop${from}`;
}

export const QUOTE_STANCES: Record<Themes['quotes'][number]['stance'], string> = {
  strength: 'Strength',
  develop: 'Area to develop',
};
