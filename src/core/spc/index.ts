// The SPC engine's public face: import from here rather than from the files behind it.
export { analyseSpc } from './analyse-series.js';
export { RULE_PRIORITY } from './classify-point.js';
export { SpcInputError, SpcOptionsError } from './errors.js';
export { LIMIT_FACTOR, TWO_SIGMA_FACTOR } from './limits.js';
export { PRESETS, resolveSettings } from './presets.js';
export type * from './types.js';
