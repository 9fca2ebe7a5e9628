// The core sample instrument, checked, for the respondent pages' tests.
import { checkedSampleInstrument } from '../../../../core/instruments/testing.js';

export const sample = checkedSampleInstrument;
