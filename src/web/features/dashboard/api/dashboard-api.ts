// The culture and outcomes dashboard over the API (see the server's metrics.schemas.ts).
import { api, orgPath } from '../../../api/client.js';
import type { SpcResult } from '../../../../core/spc/types.js';
import type { SpcChartResult } from '../lib/spc-geometry.js';

export type Direction = 'increase' | 'decrease' | 'neither';
export type PointType = SpcResult['points'][number]['type'];
export type Assurance = NonNullable<SpcResult['assurance']>;

export interface MetricCard {
  key: string;
  name: string;
  element: string;
  unit: string;
  unitLabel: string;
  direction: Direction;
  target: number | null;
  benchmark: number | null;
  benchmarkLabel: string | null;
  points: number;
  latest: { period: string; value: number } | null;
  variation: PointType | null;
  assurance: Assurance | null;
  recent: number[];
  reasons: string[];
}

export interface Dashboard {
  unit: { unitId: string; name: string };
  elements: { key: string; name: string; metrics: MetricCard[] }[];
}

export interface MetricSeries {
  metric: { key: string; name: string; element: string; unit: string; unitLabel: string; direction: Direction; source: string; description: string; min: number | null; max: number | null };
  unit: { unitId: string; name: string };
  settings: { target: number | null; benchmark: number | null; benchmarkLabel: string | null; version: number };
  periods: string[];
  values: number[];
  gaps: string[];
  spc: SpcChartResult | null;
}

export interface UnitsComparison {
  metric: { key: string; name: string; unitLabel: string; direction: Direction };
  target: number | null;
  rows: { unitId: string; name: string; latest: { period: string; value: number } | null; points: number; variation: PointType | null; assurance: Assurance | null }[];
}

export interface ImportResult {
  written: number;
  warnings: { row: number; column: string; message: string }[];
}

export const metricsPath = (orgId: string, rest = '') => orgPath(orgId, `/metrics${rest}`);

export const dashboardKeys = {
  all: (orgId: string) => ['org', orgId, 'metrics'] as const,
  dashboard: (orgId: string, unit: string) => ['org', orgId, 'metrics', 'dashboard', unit] as const,
  series: (orgId: string, key: string, unit: string) => ['org', orgId, 'metrics', 'series', key, unit] as const,
  units: (orgId: string, key: string) => ['org', orgId, 'metrics', 'units', key] as const,
};

const unitQuery = (unit: string) => (unit ? `?unit=${encodeURIComponent(unit)}` : '');

export const getDashboard = (orgId: string, unit: string, signal?: AbortSignal) => api.get<Dashboard>(metricsPath(orgId, `/dashboard${unitQuery(unit)}`), signal);
export const getSeries = (orgId: string, key: string, unit: string, signal?: AbortSignal) => api.get<MetricSeries>(metricsPath(orgId, `/${encodeURIComponent(key)}${unitQuery(unit)}`), signal);
export const getUnitsComparison = (orgId: string, key: string, signal?: AbortSignal) => api.get<UnitsComparison>(metricsPath(orgId, `/${encodeURIComponent(key)}/units`), signal);

export function importValues(orgId: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.upload<ImportResult>(metricsPath(orgId, '/values/import'), form);
}

export const enterValue = (orgId: string, key: string, body: { unitId: string | null; period: string; value: string }) => api.post<ImportResult>(metricsPath(orgId, `/${encodeURIComponent(key)}/values`), body);

export const saveSettings = (orgId: string, key: string, body: { target: number | null; benchmark: number | null; benchmarkLabel: string | null; version: number }) =>
  api.put<MetricSeries['settings']>(metricsPath(orgId, `/${encodeURIComponent(key)}/settings`), body);
