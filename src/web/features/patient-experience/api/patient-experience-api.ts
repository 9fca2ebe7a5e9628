// The patient experience API (see the server's patient-experience.schemas.ts): the overview, the
// two imports, and complaints and compliments with their coding.
import { api, orgPath } from '../../../api/client.js';
import { withQuery } from '../../../api/query-string.js';
import type { SpcChartResult } from '../../dashboard/lib/spc-geometry.js';

export type FftStatus = 'shown' | 'too_few' | 'protects_another' | 'no_responses';

export interface FftUnitRow {
  unitId: string;
  name: string;
  depth: number;
  status: FftStatus;
  responses: number | null;
  veryGood: number | null;
  good: number | null;
  neither: number | null;
  poor: number | null;
  veryPoor: number | null;
  dontKnow: number | null;
  percentPositive: number | null;
  percentNegative: number | null;
}

export interface KindSummary {
  status: 'shown' | 'too_few' | 'none';
  items: number | null;
  coded: number | null;
  byTheme: Record<string, number> | null;
}

export interface Theme {
  id: string;
  name: string;
}

export interface Overview {
  fft: {
    threshold: number;
    periods: string[];
    values: number[];
    responses: number[];
    gaps: string[];
    leftOut: string[];
    spc: SpcChartResult | null;
    latest: { period: string; rows: FftUnitRow[] } | null;
  };
  feedback: {
    threshold: number;
    total: number;
    themes: Theme[];
    units: { unitId: string; name: string; depth: number; strengths: KindSummary; concerns: KindSummary }[];
  };
  surveys: {
    id: string;
    title: string;
    closedAt: string;
    respondents: number | null;
    measures: { id: string; name: string; status: 'shown' | 'too_few' | 'protects_another' | 'none'; score: number | null }[];
  }[];
}

export interface ImportResult {
  written: number;
  skipped: number;
  warnings: { row: number; column: string; message: string }[];
}

export type FeedbackKind = 'complaint' | 'compliment';

export interface FeedbackItem {
  id: string;
  receivedOn: string;
  kind: FeedbackKind;
  category: string | null;
  unit: { unitId: string; name: string } | null;
  text: string;
  highlights: { start: number; end: number }[];
  themes: string[];
  suggestions: { theme: string; score: number }[];
}

export interface FeedbackList {
  total: number;
  themes: Theme[];
  items: FeedbackItem[];
}

export interface FeedbackFilters {
  kind?: string | undefined;
  unitId?: string | undefined;
  theme?: string | undefined;
  q?: string | undefined;
}

export const patientExperiencePath = (orgId: string, rest = '') => orgPath(orgId, `/patient-experience${rest}`);

export const patientExperienceKeys = {
  all: (orgId: string) => ['org', orgId, 'patient-experience'] as const,
  overview: (orgId: string) => ['org', orgId, 'patient-experience', 'overview'] as const,
  feedback: (orgId: string, filters: FeedbackFilters) => ['org', orgId, 'patient-experience', 'feedback', filters] as const,
};

export const getOverview = (orgId: string, signal?: AbortSignal) => api.get<Overview>(patientExperiencePath(orgId), signal);

export const getFeedback = (orgId: string, filters: FeedbackFilters, signal?: AbortSignal) =>
  api.get<FeedbackList>(withQuery(patientExperiencePath(orgId, '/feedback'), { ...filters, limit: 200 }), signal);

export const codeFeedback = (orgId: string, id: string, themes: string[]) => api.put<{ id: string; themes: string[] }>(patientExperiencePath(orgId, `/feedback/${encodeURIComponent(id)}/themes`), { themes });

function uploadFile(path: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.upload<ImportResult>(path, form);
}

export const importFft = (orgId: string, file: File) => uploadFile(patientExperiencePath(orgId, '/fft/import'), file);
export const importFeedback = (orgId: string, file: File) => uploadFile(patientExperiencePath(orgId, '/feedback/import'), file);
