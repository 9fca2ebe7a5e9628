// Results as plain tables for download, made from the same views the pages show, so a
// download can never carry a figure the screen hides: a hidden cell becomes its reason.
import type { ExportTable, TableValue } from '../../kernel/table-export.js';
import type { BreakdownView, CellView, ComparisonView, CrossTabView, DriversView, HeatmapView, UnitReportView } from './results.schemas.js';

export type ResultsTable = ExportTable;

const HIDDEN_TEXT = { too_few: 'Too few', protects_another: 'Hidden', none: '' } as const;

const value = (cell: Pick<CellView, 'status' | 'mean'>): TableValue => (cell.status === 'shown' ? cell.mean : HIDDEN_TEXT[cell.status]);
const count = (cell: Pick<CellView, 'status' | 'n'>): TableValue => (cell.status === 'shown' ? cell.n : HIDDEN_TEXT[cell.status]);

function notes(threshold: number): string[] {
  return [
    'Scores are out of 10: each answer is placed evenly from 0 (least positive) to 10 (most positive), as in the NHS Staff Survey. A unit includes every unit within it.',
    `Too few: fewer than ${threshold} people answered, so nothing is shown.`,
    'Hidden: shown on its own this figure would let a smaller group’s answers be worked out from the others, so it is withheld too.',
    'A blank: nobody is counted in this unit; its people are counted in a larger unit above it.',
  ];
}

export function heatmapTable(view: HeatmapView): ResultsTable {
  const names = new Map(view.rows.map((r) => [r.unitId, r.name]));
  return {
    title: `${view.survey.title}: ${view.level === 'items' ? 'statements' : 'results'} by unit`,
    columns: ['Unit', 'Part of', 'People who answered', ...view.measures.map((m) => m.name)],
    rows: view.rows.map((r) => [
      r.name,
      r.parentId ? (names.get(r.parentId) ?? '') : '',
      r.respondents ?? HIDDEN_TEXT[r.respondentStatus as keyof typeof HIDDEN_TEXT] ?? '',
      ...r.cells.map(value),
    ]),
    notes: notes(view.survey.anonymityThreshold),
  };
}

export function breakdownTable(view: BreakdownView): ResultsTable {
  return {
    title: `${view.survey.title}: ${view.unit.name} by ${view.dimension.name.toLowerCase()}`,
    columns: [view.dimension.name, 'People who answered', ...view.measures.map((m) => m.name)],
    rows: view.rows.map((r) => [r.name, count({ status: r.respondentStatus, n: r.respondents }), ...r.cells.map(value)]),
    notes: notes(view.survey.anonymityThreshold),
  };
}

export function crossTabTable(view: CrossTabView): ResultsTable {
  const what = view.measure ? `${view.measure.name} (score out of 10)` : 'people who answered';
  return {
    title: `${view.survey.title}: ${view.unit.name} by team and ${view.dimension.name.toLowerCase()}, ${what}`,
    columns: ['Unit', ...view.columns],
    rows: view.rows.map((r) => [r.name, ...(r.cells ? r.cells.map(value) : r.respondents.map(count))]),
    notes: notes(view.survey.anonymityThreshold),
  };
}

export function unitTable(view: UnitReportView): ResultsTable {
  return {
    title: `${view.survey.title}: ${view.unit.name}`,
    columns: ['Statement', 'People who answered', '% positive', 'Score out of 10'],
    rows: view.items.map((i) => [i.text, i.status === 'shown' ? i.n : HIDDEN_TEXT[i.status], i.status === 'shown' ? i.pctPositive : HIDDEN_TEXT[i.status], value(i)]),
    notes: notes(view.survey.anonymityThreshold),
  };
}

export function comparisonTable(view: ComparisonView): ResultsTable {
  const rows = (kind: string, list: ComparisonView['measures']) =>
    list.map((r) => [kind, r.label, r.earlier, r.now, r.difference, r.pValue, r.significant ? 'Yes' : 'No', r.reading]);
  return {
    title: `${view.now.title}: ${view.unit.name} compared with ${view.earlier.title}`,
    columns: ['Kind', 'Measure or statement', `Earlier (${view.earlier.title})`, `Now (${view.now.title})`, 'Change', 'p-value', 'Real change (p < 0.05)', 'What it means'],
    rows: [...rows('Score out of 10', view.measures), ...rows('% positive', view.items)],
    notes: [
      'Scores are compared with Welch’s t-test and % positive with a two-proportion z-test. A change is called real when p is below 0.05.',
      'A blank means one of the two figures is hidden to protect anonymity, so nothing is compared.',
    ],
  };
}

export function driversTable(view: DriversView): ResultsTable {
  const rows = (kind: string, list: DriversView['measures']) => list.map((d) => [kind, d.name, d.r, d.ciLow, d.ciHigh, d.n, d.pValue]);
  return {
    title: `${view.survey.title}: what goes with ${view.outcome.name.toLowerCase()}`,
    columns: ['Kind', 'Measure or statement', 'Correlation (r)', '95% interval, low', '95% interval, high', 'People', 'p-value'],
    rows: view.suppressed ? [] : [...rows('Measure', view.measures), ...rows('Statement', view.items)],
    notes: [
      view.caveat,
      view.regression ? `Regression of ${view.outcome.name.toLowerCase()} on the measures together: R² = ${view.regression.r2} (adjusted ${view.regression.adjustedR2}), from ${view.regression.n} people.` : 'No regression was fitted.',
      view.suppressed ? `Fewer than ${view.survey.anonymityThreshold} people answered, so nothing is shown.` : '',
    ].filter(Boolean),
  };
}
