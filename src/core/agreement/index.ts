// Inter-coder agreement's public face: import from here rather than from the files behind it.
export { cohenKappa } from './cohen-kappa.js';
export type { CohenKappa, KappaScale, WeightedKappa } from './cohen-kappa.js';
export { crossTabulate } from './contingency-table.js';
export type { AgreementTable, CodePair } from './contingency-table.js';
export { agreementByElement, STANCE_SCALE } from './element-agreement.js';
export type { DoubleCodedExcerpt, ElementAgreement, ElementCode, PresenceCategory, Stance, StanceCategory } from './element-agreement.js';
export { kappaBand, kappaReading, SMALL_SAMPLE, WIDE_INTERVAL } from './kappa-reading.js';
export type { AgreementBand, KappaReading } from './kappa-reading.js';
export { agreementWeights } from './kappa-weights.js';
export type { WeightScheme } from './kappa-weights.js';
export { MINIMUM_SAMPLE, secondCoderSample } from './second-coder-sample.js';
export type { SampleSize } from './second-coder-sample.js';
