// Unit names by id, for saying which units a survey went to (empty until the structure loads).
import { useMemo } from 'react';
import { useUnits } from '../../units/api/useUnits.js';

export function useUnitNames(orgId: string): ReadonlyMap<string, string> {
  const units = useUnits(orgId);
  return useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
}
