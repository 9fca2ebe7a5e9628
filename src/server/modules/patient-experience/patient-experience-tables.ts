// The patient experience tables as plain tables for download, built from the same overview the
// page shows, so a download hides exactly what the screen hides ("*" for a suppressed FFT figure,
// "Too few" for a unit's strengths or concerns); and the templates a trust fills in to import.
import { parsePeriod, periodInWords } from '../../../core/metrics/periods.js';
import { FEEDBACK_TEMPLATE_HEADERS } from '../../../core/patient-experience/feedback-values.js';
import { FFT_SUPPRESSION_THRESHOLD } from '../../../core/patient-experience/fft-suppression.js';
import { FFT_TEMPLATE_HEADERS } from '../../../core/patient-experience/fft-values.js';
import { csvRow } from '../../../core/tabular/csv-write.js';
import type { ExportTable, TableValue } from '../../kernel/table-export.js';
import type { FftUnitRow, OverviewView } from './patient-experience.schemas.js';

const FFT_NOTES = (threshold: number) => [
  'Percentage positive is the “very good” and “good” answers over all responses, “don’t know” included (NHS England’s Friends and Family Test definition).',
  `Figures are hidden (*) as NHS England hides them in the Friends and Family Test publication: a unit with 1 to ${threshold - 1} responses has its counts and percentages hidden; the next smallest unit beside it, and the two smallest units inside a hidden one, have their counts hidden so the small figure cannot be worked out by subtraction.`,
];

const STATUS_WORDS: Record<FftUnitRow['status'], string> = {
  shown: 'Shown',
  too_few: `Hidden: fewer than ${FFT_SUPPRESSION_THRESHOLD} responses`,
  protects_another: 'Counts hidden to protect a smaller unit',
  no_responses: 'No responses',
};

const star = (v: number | null): TableValue => (v === null ? '*' : v);

export function monthInWords(label: string): string {
  const p = parsePeriod(label);
  return p ? periodInWords(p) : label;
}

export function fftUnitsTable(fft: OverviewView['fft']): ExportTable {
  const latest = fft.latest;
  return {
    title: `Friends and Family Test by unit, ${latest ? monthInWords(latest.period) : 'no results yet'}`,
    columns: ['Unit', 'Responses', 'Very good', 'Good', 'Neither good nor poor', 'Poor', 'Very poor', 'Don’t know', '% positive', '% negative', 'Shown'],
    rows: (latest?.rows ?? []).map((r) => {
      const pct = (v: number | null) => (r.status === 'no_responses' ? null : star(v));
      return [`${'  '.repeat(Math.max(0, r.depth - 1))}${r.name}`, star(r.responses), star(r.veryGood), star(r.good), star(r.neither), star(r.poor), star(r.veryPoor), star(r.dontKnow), pct(r.percentPositive), pct(r.percentNegative), STATUS_WORDS[r.status]];
    }),
    notes: FFT_NOTES(fft.threshold),
  };
}

export function fftTrendTable(fft: OverviewView['fft']): ExportTable {
  const spc = fft.spc;
  return {
    title: 'Friends and Family Test, percentage positive: whole organisation',
    columns: ['Month', 'Responses', '% positive', 'Mean', 'Lower process limit', 'Upper process limit', 'Special cause'],
    rows: fft.periods.map((period, i) => {
      const point = spc?.points[i];
      const part = point ? spc!.partitions[point.partition] : undefined;
      const cause = point && point.type !== 'common_cause' ? (point.type === 'special_cause_improvement' ? 'Improvement' : 'Concern') : '';
      return [period, fft.responses[i]!, fft.values[i]!, part?.mean ?? null, part?.lpl ?? null, part?.upl ?? null, cause];
    }),
    notes: [
      ...FFT_NOTES(fft.threshold),
      'Statistical process control after NHS England’s Making Data Count, higher is better: limits are the mean ± 2.66 × the mean moving range; with 12 or fewer months there are no limits.',
      ...(fft.leftOut.length ? [`Left off the chart (fewer than ${fft.threshold} responses): ${fft.leftOut.join(', ')}.`] : []),
      ...(fft.gaps.length ? [`No results for: ${fft.gaps.join(', ')}. Gaps are not filled in.`] : []),
    ],
  };
}

/** One row per unit and cultural element: compliments (strengths) and complaints (concerns) coded to it. */
export function feedbackSummaryTable(feedback: OverviewView['feedback']): ExportTable {
  type Summary = OverviewView['feedback']['units'][number]['strengths'];
  const cell = (s: Summary, theme: string): TableValue => (s.status === 'too_few' ? 'Too few' : s.status === 'none' ? 0 : (s.byTheme?.[theme] ?? 0));
  const total = (s: Summary): TableValue => (s.status === 'too_few' ? 'Too few' : (s.items ?? 0));
  return {
    title: 'Strengths and concerns from complaints and compliments',
    columns: ['Unit', 'Cultural element', 'Strengths (compliments)', 'Concerns (complaints)'],
    rows: feedback.units.flatMap((u) => [
      ...feedback.themes.map((t): TableValue[] => [u.name, t.name, cell(u.strengths, t.id), cell(u.concerns, t.id)]),
      [u.name, 'All items, coded or not', total(u.strengths), total(u.concerns)],
    ]),
    notes: [
      'A compliment coded to a cultural element counts as a strength; a complaint coded to it, as a concern. An item may be coded to several elements. Each unit includes everything below it.',
      `“Too few”: the unit has fewer than ${feedback.threshold} compliments (or complaints), so they are not counted by element.`,
    ],
  };
}

export function fftTemplateCsv(): string {
  return [csvRow([...FFT_TEMPLATE_HEADERS]), csvRow(['', '2026-04', '412', '131', '14', '6', '5', '9']), csvRow(['', '2026-05', '398', '140', '11', '8', '3', '6'])].join('');
}

export function feedbackTemplateCsv(): string {
  return [
    csvRow([...FEEDBACK_TEMPLATE_HEADERS]),
    csvRow(['2026-04-14', '', 'Compliment', 'Staff attitude', 'Everyone who looked after me was patient and kind, even at three in the morning.']),
    csvRow(['15/04/2026', '', 'Complaint', 'Communication', 'Nobody told us the clinic had moved, so we waited at the wrong desk for an hour.']),
  ].join('');
}
