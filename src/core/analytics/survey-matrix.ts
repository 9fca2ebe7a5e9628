// A closed survey's responses as the analytics engine reads them: one column per scored item
// (grid rows included) on the NHS Staff Survey's 0–10 scale after reverse scoring, NaN where
// unanswered or "don't know"; each respondent's filing unit as an index into the survey's unit
// tree, under one added root for the whole organisation; and the measures (constructs) as the
// item columns they average.
import type { InstrumentDefinition, LocalisedText, Framework, Perspective } from '../instruments/definition.js';
import { questionsOf } from '../instruments/questions.js';
import { scoreValue, scoredItems, toTenPoint } from '../instruments/scoring-keys.js';
import { respondentScaleScores } from './scale-scores.js';
import { unitTree, type UnitTree } from './unit-tree.js';

export interface MatrixUnit {
  id: string;
  parentId: string | null;
  name: string;
}

export interface StoredResponse {
  unitId: string;
  answers: Record<string, unknown>;
}

export interface MatrixItem {
  id: string;
  text: LocalisedText;
  /** Scored answers at or above this (0–10) count as positive. */
  positiveFrom: number;
}

export interface MatrixMeasure {
  id: string;
  name: LocalisedText;
  framework: Framework;
  frameworkKey: string;
  perspective: Perspective | null;
  /** Positions in `items`. */
  itemIndexes: number[];
}

export interface SurveyMatrix {
  /** Index 0 is the whole organisation (the survey's root unit, or one added); the other units follow in the order given. */
  unitIds: string[];
  unitNames: string[];
  tree: UnitTree;
  unitOf: Int32Array;
  items: MatrixItem[];
  columns: Float64Array[];
  measures: MatrixMeasure[];
  /** Per measure, each respondent's score: the mean of the measure's items they answered. */
  measureScores: Float64Array[];
}

export const ORGANISATION_UNIT = 'organisation';

export function buildSurveyMatrix(def: InstrumentDefinition, units: readonly MatrixUnit[], responses: readonly StoredResponse[], organisationName: string): SurveyMatrix {
  // A frozen survey tree has the organisation as its one root; anything else gets one added.
  const known = new Set(units.map((u) => u.id));
  const roots = units.filter((u) => u.parentId === null || !known.has(u.parentId));
  const root = roots.length === 1 ? roots[0]! : { id: ORGANISATION_UNIT, parentId: null, name: organisationName };
  const ordered = [root, ...units.filter((u) => u !== root)];
  const unitIds = ordered.map((u) => u.id);
  const position = new Map(unitIds.map((id, i) => [id, i]));
  const parents = ordered.map((u, i) => (i === 0 ? -1 : u.parentId !== null && position.has(u.parentId) ? position.get(u.parentId)! : 0));
  const tree = unitTree(parents);
  const unitOf = Int32Array.from(responses, (r) => position.get(r.unitId) ?? 0);

  const scored = scoredItems(def);
  const scaleOf = new Map(questionsOf(def).flatMap((q) => (q.kind === 'scale' ? [[q.id, q.scale] as const] : [])));
  const textOf = new Map(questionsOf(def).map((q) => [q.id, q.text]));
  const items: MatrixItem[] = scored.map((item) => ({ id: item.itemId, text: textOf.get(item.itemId)!, positiveFrom: toTenPoint(item.positiveFrom, scaleOf.get(item.itemId)!) }));
  const columns = scored.map((item) => {
    const scale = scaleOf.get(item.itemId)!;
    const column = new Float64Array(responses.length);
    responses.forEach((response, r) => {
      const raw = response.answers[item.itemId];
      const value = typeof raw === 'number' ? scoreValue(raw, item) : null;
      column[r] = value === null || !scale.options.some((o) => o.value === value) ? Number.NaN : toTenPoint(value, scale);
    });
    return column;
  });
  const index = new Map(items.map((item, i) => [item.id, i]));
  const measures: MatrixMeasure[] = def.constructs.map((c) => ({
    id: c.id,
    name: c.name,
    framework: c.framework,
    frameworkKey: c.frameworkKey,
    perspective: c.perspective ?? null,
    itemIndexes: c.items.flatMap((id) => (index.has(id) ? [index.get(id)!] : [])),
  }));
  const measureScores = measures.map((m) =>
    m.itemIndexes.length ? respondentScaleScores(m.itemIndexes.map((i) => columns[i]!)) : new Float64Array(responses.length).fill(Number.NaN),
  );
  return { unitIds, unitNames: ordered.map((u, i) => (i === 0 ? organisationName : u.name)), tree, unitOf, items, columns, measures, measureScores };
}
