// The leadership workforce analysis: a Discover diagnostic read from the staff record.
export { workforceRoutes } from './workforce.routes.js';
export { workforceAnalysis, type WorkforceAnalysis } from './workforce.service.js';
