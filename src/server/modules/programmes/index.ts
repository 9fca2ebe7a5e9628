// The culture and leadership programme: its phases, dates, sponsor and change team.
export { programmeRoutes } from './programmes.routes.js';
export { createProgramme, getProgramme, updatePhase, listProgrammes, addToChangeTeam, changeTeamSize, type NewProgramme } from './programmes.service.js';
export { findProgramme } from './programmes.repository.js';
export type { ProgrammeView } from './programmes.schemas.js';
