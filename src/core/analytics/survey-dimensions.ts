// What a survey's results can be broken down by: pay band and staff group from the frozen
// audience (the staff record at launch), then each demographic question the instrument asked.
// Categories come from the audience and the question, never from who answered, so the list
// itself says nothing about whether anyone in a small group took part.
import type { InstrumentDefinition } from '../instruments/definition.js';
import type { BreakdownDimension } from './breakdown.js';
import { dimensionCodes } from './breakdown.js';
import type { Demographic } from './release-atoms.js';

export interface SurveyDimension extends BreakdownDimension {
  /** The question as respondents saw it; null for what came from the staff record. */
  question: string | null;
}

const fromList = (id: string, name: string, values: readonly string[]): SurveyDimension => ({ id, name, question: null, categories: values.map((v) => ({ value: v, label: v })) });

/** "length-of-service" → "Length of service". */
const nameOfId = (id: string) => {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export function surveyDimensions(def: InstrumentDefinition, audience: { payBands: readonly string[]; staffGroups: readonly string[] }): SurveyDimension[] {
  const dims: SurveyDimension[] = [];
  if (audience.payBands.length > 1) dims.push(fromList('payBand', 'Pay band', audience.payBands));
  if (audience.staffGroups.length > 1) dims.push(fromList('staffGroup', 'Staff group', audience.staffGroups));
  for (const d of def.demographics) {
    dims.push({ id: d.id, name: nameOfId(d.id), question: d.question.en, categories: d.options.map((o) => ({ value: o.value, label: o.label.en })) });
  }
  return dims;
}

/** Every dimension coded for every respondent, from the profiles stored with their responses. */
export const codedDimensions = (dims: readonly BreakdownDimension[], profiles: readonly Readonly<Record<string, unknown>>[]): Record<string, Demographic> =>
  Object.fromEntries(dims.map((d) => [d.id, dimensionCodes(d, profiles.map((p) => p[d.id]))]));
