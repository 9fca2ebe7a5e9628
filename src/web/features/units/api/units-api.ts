import { UNIT_KINDS, type UnitKind } from '../../../../core/organisation/unit-tree.js';
import { api, orgPath } from '../../../api/client.js';
import type { Items } from '../../../api/types.js';
import type { UnitRow } from '../lib/unit-tree.js';

export { UNIT_KINDS, type UnitKind };

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  division: 'Division',
  directorate: 'Directorate',
  department: 'Department',
  ward: 'Ward',
  team: 'Team',
  site: 'Site',
  other: 'Other',
};

export const unitKindLabel = (kind: string) => UNIT_KIND_LABELS[kind as UnitKind] ?? kind;

export interface UnitInput {
  name: string;
  externalCode: string;
  kind: UnitKind;
  parentId: string | null;
}

export const unitsKey = (orgId: string) => ['org', orgId, 'units'] as const;

export const listUnits = (orgId: string, signal?: AbortSignal) => api.get<Items<UnitRow>>(orgPath(orgId, '/units'), signal);
export const createUnit = (orgId: string, body: UnitInput) => api.post<UnitRow>(orgPath(orgId, '/units'), body);
export const updateUnit = (orgId: string, unitId: string, body: Partial<UnitInput>) => api.patch<void>(orgPath(orgId, `/units/${unitId}`), body);
export const deleteUnit = (orgId: string, unitId: string) => api.delete(orgPath(orgId, `/units/${unitId}`));
