// External benchmark tables over the API (see the server's benchmarks.schemas.ts).
import { api, orgPath } from '../../../api/client.js';
import type { Items } from '../../../api/types.js';
import type { Spread } from '../../../../core/benchmarks/benchmark-table.js';

export interface BenchmarkSet {
  id: string;
  name: string;
  source: string;
  fileName: string;
  uploadedAt: string;
  measures: number;
  organisations: number;
  groups: { group: string; year: number; organisations: number }[];
}

export type { Spread };

export interface GroupSummary {
  set: { id: string; name: string; source: string };
  group: string;
  year: number;
  organisations: number;
  ownCode: string | null;
  ownFound: boolean;
  measures: { name: string; spread: Spread | null; own: number | null; standing: string | null }[];
}

export const benchmarkKeys = {
  all: (orgId: string) => ['org', orgId, 'benchmarks'] as const,
  summary: (orgId: string, setId: string, group: string, year: number) => ['org', orgId, 'benchmarks', setId, group, year] as const,
};

export const listSets = (orgId: string, signal?: AbortSignal) => api.get<Items<BenchmarkSet>>(orgPath(orgId, '/benchmarks'), signal);

export const getSummary = (orgId: string, setId: string, group: string, year: number, signal?: AbortSignal) =>
  api.get<GroupSummary>(orgPath(orgId, `/benchmarks/${encodeURIComponent(setId)}/summary?group=${encodeURIComponent(group)}&year=${year}`), signal);

export function uploadSet(orgId: string, name: string, source: string, file: File) {
  const form = new FormData();
  // Text fields first: the server reads them before the file.
  form.append('name', name);
  form.append('source', source);
  form.append('file', file);
  return api.upload<BenchmarkSet>(orgPath(orgId, '/benchmarks'), form);
}
