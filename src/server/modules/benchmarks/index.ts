// External benchmarks: published tables of organisations' results, to compare with.
export { benchmarkRoutes } from './benchmarks.routes.js';
