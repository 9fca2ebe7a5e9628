// First run: the one-time setup link, creating the first organisation and admin, or the demo.
export { setupRoutes } from './setup.routes.js';
export { prepareSetupToken, isSetupRequired } from './setup.service.js';
