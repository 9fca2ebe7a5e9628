// The culture and outcomes dashboard: metric values by unit and period, judged with statistical
// process control, under the cultural elements.
export { metricRoutes } from './metrics.routes.js';
export { seedDemoMetrics } from './demo-metrics.js';
export { spcView } from './metrics.schemas.js';
export { dashboard, metricSeries } from './metrics.service.js';
