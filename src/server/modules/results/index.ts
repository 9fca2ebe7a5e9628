// Survey results: heatmaps and unit reports of closed surveys, with every figure protected so
// that no group smaller than the survey's anonymity threshold can be seen or worked out.
export { resultsRoutes } from './results.routes.js';
export { surveyHeatmap, unitResults } from './results.service.js';
export { comparableSurveys, unitComparison } from './comparison.service.js';
