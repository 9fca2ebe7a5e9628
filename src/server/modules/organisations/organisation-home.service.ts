// The data behind the home page: where the programme stands, and the size of the organisation.
import type { Db } from '../../db/database.js';
import { changeTeamSize, listProgrammes, type ProgrammeView } from '../programmes/index.js';
import { countInPost } from '../staff/index.js';
import { countUnits } from '../units/index.js';
import type { OrganisationView } from './organisations.schemas.js';
import { getOrganisation } from './organisations.service.js';

export interface HomeView {
  organisation: OrganisationView;
  programme: ProgrammeView | null;
  counts: { units: number; staff: number; changeTeam: number };
}

export async function homeFor(db: Db, organisationId: string): Promise<HomeView> {
  const [organisation, programmes, units, staff] = await Promise.all([
    getOrganisation(db, organisationId),
    listProgrammes(db, organisationId),
    countUnits(db, organisationId),
    countInPost(db, organisationId),
  ]);
  const programme = programmes[0] ?? null;
  const changeTeam = programme ? await changeTeamSize(db, organisationId, programme.id) : 0;
  return { organisation, programme, counts: { units, staff, changeTeam } };
}
