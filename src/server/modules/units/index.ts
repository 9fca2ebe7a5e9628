// The organisation's unit tree: divisions, directorates, departments, wards and teams.
export { unitRoutes } from './units.routes.js';
export { listUnits } from './units.service.js';
export { countUnits, insertUnits, findUnitByCode } from './units.repository.js';
export type { UnitView } from './units.schemas.js';
