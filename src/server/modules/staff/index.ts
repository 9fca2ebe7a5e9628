// Staff records (from an Electronic Staff Record style extract) used for invitations,
// the change team and workforce analysis.
export { staffRoutes } from './staff.routes.js';
export { listStaff } from './staff.service.js';
export { findPerson, countPeople, countInPost, audienceCandidates, staffNames, staffRecordCoverage } from './staff.repository.js';
export type { PersonView } from './staff.schemas.js';
export { personRow } from './person-row.js';
