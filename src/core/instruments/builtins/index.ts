// The built-in instrument library, checked once when loaded: a broken built-in fails loudly at
// start-up rather than when a respondent opens it.
import { checkDefinition } from '../check-definition.js';
import type { InstrumentDefinition, InstrumentInput } from '../definition.js';
import { BOUNDARY_WORKING } from './boundary-working.js';
import { HLM_360 } from './hlm-360.js';
import { INNOVATION_CULTURE } from './innovation-culture.js';
import { LEADERSHIP_BEHAVIOURS } from './leadership-behaviours.js';
import { PATIENT_EXPERIENCE } from './patient-experience.js';
import { REAL_TEAM_CHECK } from './real-team-check.js';
import { STAFF_PULSE } from './staff-pulse.js';

/** The built-ins as written, before defaults are filled in. */
export const BUILT_IN_INPUTS: readonly InstrumentInput[] = [
  LEADERSHIP_BEHAVIOURS,
  STAFF_PULSE,
  REAL_TEAM_CHECK,
  INNOVATION_CULTURE,
  BOUNDARY_WORKING,
  HLM_360,
  PATIENT_EXPERIENCE,
];

function checked(input: InstrumentInput): InstrumentDefinition {
  const result = checkDefinition(input);
  if (!result.ok) {
    const problems = result.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    throw new Error(`Built-in instrument ${input.key} is invalid: ${problems}`);
  }
  return result.definition;
}

export const BUILT_IN_INSTRUMENTS: InstrumentDefinition[] = BUILT_IN_INPUTS.map(checked);

export function builtInInstrument(key: string): InstrumentDefinition | undefined {
  return BUILT_IN_INSTRUMENTS.find((d) => d.key === key);
}
