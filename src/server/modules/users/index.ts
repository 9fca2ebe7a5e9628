// Who has access to an organisation, and with which roles.
export { userRoutes } from './users.routes.js';
export { generatePassword } from './users.service.js';
export { listMembers } from './users.repository.js';
