// The core sample instrument, checked, for the respondent pages' tests.
import { checkDefinition } from '../../../../core/instruments/check-definition.js';
import type { InstrumentDefinition } from '../../../../core/instruments/definition.js';
import { sampleInstrument } from '../../../../core/instruments/testing.js';

export function sample(): InstrumentDefinition {
  const result = checkDefinition(sampleInstrument());
  if (!result.ok) throw new Error('the sample instrument should be valid');
  return result.definition;
}
