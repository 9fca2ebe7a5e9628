// A complete, valid set of answers for any instrument, chosen by a caller-supplied picker.
// Used by tests and benchmarks to stand in for a respondent who answers everything.
import type { InstrumentDefinition } from './definition.js';

/** Returns an index into the options offered; 0 = first option. */
export type OptionPicker = (optionCount: number) => number;

export const pickLast: OptionPicker = (n) => n - 1;

export function completeAnswers(def: InstrumentDefinition, pick: OptionPicker = pickLast): Record<string, unknown> {
  const scaleValue = (scaleId: string) => {
    const options = def.scales.find((s) => s.id === scaleId)!.options;
    return options[pick(options.length)]!.value;
  };
  const answers: Record<string, unknown> = {};
  for (const item of def.sections.flatMap((s) => s.items)) {
    if (item.type === 'scale') answers[item.id] = scaleValue(item.scale);
    else if (item.type === 'grid') for (const row of item.rows) answers[row.id] = scaleValue(item.scale);
    else if (item.type === 'single') answers[item.id] = item.options[pick(item.options.length)]!.value;
    else if (item.type === 'multiple') answers[item.id] = [item.options[pick(item.options.length)]!.value];
    else answers[item.id] = 'We talk about how we are doing at the start of each month.';
  }
  return answers;
}
