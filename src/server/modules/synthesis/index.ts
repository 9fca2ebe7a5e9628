// The Discover synthesis: every diagnostic's evidence against the cultural elements, rated and
// agreed by the change team, and the Discover checklist.
export { synthesisRoutes } from './synthesis.routes.js';
export { getSynthesis } from './synthesis.service.js';
