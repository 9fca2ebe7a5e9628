// What every results view shares: the names of the suppression statuses as the API spells
// them, and rounding of figures for display.
import { NONE, PROTECTS_ANOTHER, SHOWN, TOO_FEW } from '../../../core/analytics/hierarchy-suppression.js';

export const STATUS_NAMES = { [SHOWN]: 'shown', [TOO_FEW]: 'too_few', [PROTECTS_ANOTHER]: 'protects_another', [NONE]: 'none' } as const;

export const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
