// Organisations (the tenants): trusts, health boards and integrated care boards.
export { organisationRoutes } from './organisations.routes.js';
export { createOrganisation, getOrganisation } from './organisations.service.js';
export { bumpDataVersion, countOrganisations, listDemoOrganisations, listOrganisations, deleteOrganisation } from './organisations.repository.js';
export { organisationName, odsCode, ORGANISATION_KINDS } from './organisations.schemas.js';
