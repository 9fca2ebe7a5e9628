// What an SPC chart shows, in plain English: kept in core (src/core/spc/words.ts) so the web
// charts, the synthesis and the board report all say it the same way.
export {
  assuranceText,
  describeAssurance,
  describePoint,
  describeVariation,
  formatNumber,
  lineDecimals,
  pointSide,
  summariseChart,
  variationLetter,
  variationText,
} from '../../../../core/spc/words.js';
