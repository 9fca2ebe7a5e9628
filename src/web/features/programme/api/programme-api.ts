import type { Phase, PhaseStatus } from '../../../../core/programme/phases.js';
import { api, orgPath } from '../../../api/client.js';
import type { Items } from '../../../api/types.js';

export type { Phase, PhaseStatus };

export interface PhaseView {
  phase: Phase;
  status: PhaseStatus;
  startDate: string | null;
  endDate: string | null;
}

export interface ProgrammeView {
  id: string;
  name: string;
  sponsor: string;
  description: string;
  startDate: string;
  endDate: string;
  version: number;
  phases: PhaseView[];
  currentPhase: Phase | null;
  progressPercent: number;
}

export interface ChangeTeamMember {
  personId: string;
  fullName: string;
  jobRole: string | null;
  payBand: string | null;
  staffGroup: string | null;
  unitName: string;
  roleNote: string;
}

export interface NewProgramme {
  name: string;
  sponsor: string;
  description: string;
  startDate: string;
  endDate: string;
  includeScoping: boolean;
}

export type ProgrammePatch = Partial<Omit<NewProgramme, 'includeScoping'>> & { version: number };
export type PhasePatch = { status?: PhaseStatus; startDate?: string | null; endDate?: string | null };

export const programmeKeys = {
  all: (orgId: string) => ['org', orgId, 'programmes'] as const,
  changeTeam: (orgId: string, programmeId: string) => ['org', orgId, 'programmes', programmeId, 'change-team'] as const,
};

const base = (orgId: string) => orgPath(orgId, '/programmes');

export const listProgrammes = (orgId: string, signal?: AbortSignal) => api.get<Items<ProgrammeView>>(base(orgId), signal);
export const createProgramme = (orgId: string, body: NewProgramme) => api.post<ProgrammeView>(base(orgId), body);
export const updateProgramme = (orgId: string, id: string, body: ProgrammePatch) => api.patch<ProgrammeView>(`${base(orgId)}/${id}`, body);
export const updatePhase = (orgId: string, id: string, phase: Phase, body: PhasePatch) =>
  api.patch<ProgrammeView>(`${base(orgId)}/${id}/phases/${phase}`, body);
export const listChangeTeam = (orgId: string, id: string, signal?: AbortSignal) => api.get<Items<ChangeTeamMember>>(`${base(orgId)}/${id}/change-team`, signal);
export const addToChangeTeam = (orgId: string, id: string, body: { personId: string; roleNote: string }) =>
  api.post<void>(`${base(orgId)}/${id}/change-team`, body);
export const removeFromChangeTeam = (orgId: string, id: string, personId: string) => api.delete(`${base(orgId)}/${id}/change-team/${personId}`);
