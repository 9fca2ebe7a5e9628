// Liveness and readiness: answers ok only when the database answers too.
export { healthRoutes } from './health.routes.js';
