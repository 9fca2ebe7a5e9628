// Results of closed surveys over the API (see the server's results.schemas.ts). Hidden cells
// arrive without figures; the page only says why they are hidden.
import { api, orgPath } from '../../../api/client.js';
import type { Framework } from '../../../../core/instruments/definition.js';

export type CellStatus = 'shown' | 'too_few' | 'protects_another' | 'none';

export interface Cell {
  status: CellStatus;
  n: number | null;
  mean: number | null;
}

export interface ResultsSurvey {
  id: string;
  title: string;
  closedAt: string;
  anonymityThreshold: number;
}

export interface Measure {
  id: string;
  name: string;
  /** Null when the heatmap is by statement. */
  framework: Framework | null;
  frameworkKey: string | null;
  items: number;
  alpha: { n: number; raw: number; standardised: number | null } | null;
}

export type HeatmapLevel = 'measures' | 'items';

export interface HeatmapRow {
  unitId: string;
  name: string;
  depth: number;
  parentId: string | null;
  respondents: number | null;
  respondentStatus: CellStatus;
  cells: Cell[];
}

export interface Heatmap {
  survey: ResultsSurvey;
  level: HeatmapLevel;
  hasComments: boolean;
  measures: Measure[];
  rows: HeatmapRow[];
}

export interface ItemResult extends Cell {
  id: string;
  text: string;
  sd: number | null;
  pctPositive: number | null;
}

export interface UnitResults {
  survey: ResultsSurvey;
  unit: { unitId: string; name: string; respondents: number | null; respondentStatus: CellStatus };
  measures: (Measure & Cell)[];
  items: ItemResult[];
}

export interface SurveyRef {
  id: string;
  title: string;
  closedAt: string;
}

export interface ComparisonRow {
  id: string;
  label: string;
  earlier: number | null;
  now: number | null;
  difference: number | null;
  pValue: number | null;
  significant: boolean;
  reading: string;
}

export interface Comparison {
  now: SurveyRef;
  earlier: SurveyRef;
  unit: { unitId: string; name: string };
  measures: ComparisonRow[];
  items: ComparisonRow[];
}

export const resultsKeys = {
  heatmap: (orgId: string, surveyId: string, level: HeatmapLevel = 'measures') => ['org', orgId, 'results', surveyId, 'heatmap', level] as const,
  unit: (orgId: string, surveyId: string, unitId: string) => ['org', orgId, 'results', surveyId, 'units', unitId] as const,
  drivers: (orgId: string, surveyId: string, outcome: string) => ['org', orgId, 'results', surveyId, 'drivers', outcome] as const,
  comments: (orgId: string, surveyId: string, filters: object) => ['org', orgId, 'results', surveyId, 'comments', filters] as const,
  comparable: (orgId: string, surveyId: string) => ['org', orgId, 'results', surveyId, 'comparable'] as const,
  comparison: (orgId: string, surveyId: string, unitId: string, earlierId: string) => ['org', orgId, 'results', surveyId, 'units', unitId, 'comparison', earlierId] as const,
  breakdowns: (orgId: string, surveyId: string) => ['org', orgId, 'results', surveyId, 'breakdowns'] as const,
  breakdown: (orgId: string, surveyId: string, query: BreakdownQuery) => ['org', orgId, 'results', surveyId, 'breakdown', query] as const,
  crossTab: (orgId: string, surveyId: string, query: CrossTabQuery) => ['org', orgId, 'results', surveyId, 'crosstab', query] as const,
};

/** The API path of a survey's results, or of one part of them. */
export const resultsPath = (orgId: string, surveyId: string, rest = '') => orgPath(orgId, `/surveys/${encodeURIComponent(surveyId)}/results${rest}`);
const base = (orgId: string, surveyId: string) => resultsPath(orgId, surveyId);

export const getHeatmap = (orgId: string, surveyId: string, level: HeatmapLevel, signal?: AbortSignal) => api.get<Heatmap>(`${base(orgId, surveyId)}/heatmap?level=${level}`, signal);

export const getUnitResults = (orgId: string, surveyId: string, unitId: string, signal?: AbortSignal) =>
  api.get<UnitResults>(`${base(orgId, surveyId)}/units/${encodeURIComponent(unitId)}`, signal);

export const getComparable = (orgId: string, surveyId: string, signal?: AbortSignal) => api.get<{ items: SurveyRef[] }>(`${base(orgId, surveyId)}/comparable`, signal);

export const getComparison = (orgId: string, surveyId: string, unitId: string, earlierId: string, signal?: AbortSignal) =>
  api.get<Comparison>(`${base(orgId, surveyId)}/units/${encodeURIComponent(unitId)}/comparison?with=${encodeURIComponent(earlierId)}`, signal);

export interface DriverRow {
  id: string;
  name: string;
  n: number | null;
  r: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number | null;
}

export interface Drivers {
  survey: ResultsSurvey;
  outcome: { id: string; name: string };
  outcomes: { id: string; name: string; isOutcome: boolean }[];
  suppressed: boolean;
  measures: DriverRow[];
  items: DriverRow[];
  regression: { n: number; r2: number; adjustedR2: number; coefficients: { id: string; name: string; beta: number; pValue: number | null }[] } | null;
  caveat: string;
}

export const getDrivers = (orgId: string, surveyId: string, outcome: string, signal?: AbortSignal) =>
  api.get<Drivers>(`${resultsPath(orgId, surveyId)}/drivers?outcome=${encodeURIComponent(outcome)}`, signal);

export interface SurveyCommentView {
  key: string;
  questionId: string;
  text: string;
  highlights: { start: number; end: number }[];
  themes: string[];
  suggestions: { theme: string; score: number }[];
}

export interface Comments {
  survey: ResultsSurvey;
  commentThreshold: number;
  unit: { unitId: string; name: string };
  status: CellStatus;
  themes: { id: string; name: string }[];
  questions: { id: string; text: string }[];
  total: number;
  comments: SurveyCommentView[];
}

export interface CommentFilters {
  unitId?: string | undefined;
  questionId?: string | undefined;
  theme?: string | undefined;
  q?: string | undefined;
}

export const getComments = (orgId: string, surveyId: string, filters: CommentFilters, signal?: AbortSignal) =>
  api.get<Comments>(`${resultsPath(orgId, surveyId)}/comments?${queryString({ ...filters, limit: '200' })}`, signal);

export const codeComment = (orgId: string, surveyId: string, key: string, themes: string[]) =>
  api.put<{ key: string; themes: string[] }>(`${resultsPath(orgId, surveyId)}/comments/${encodeURIComponent(key)}/themes`, { themes });

export interface Dimension {
  id: string;
  name: string;
  /** The question as respondents saw it; null for pay band and staff group (from the staff record). */
  question: string | null;
}

export interface BreakdownOptions {
  survey: ResultsSurvey;
  dimensions: (Dimension & { categories: string[] })[];
  measures: { id: string; name: string }[];
}

export interface BreakdownQuery {
  by: string;
  unit: string;
  level: HeatmapLevel;
}

export interface Breakdown {
  survey: ResultsSurvey;
  level: HeatmapLevel;
  dimension: Dimension;
  unit: { unitId: string; name: string };
  measures: Measure[];
  /** The unit's total first, then one row per category. */
  rows: { name: string; isTotal: boolean; respondents: number | null; respondentStatus: CellStatus; cells: Cell[] }[];
}

export interface CrossTabQuery {
  by: string;
  unit: string;
  /** Empty: head counts only. */
  measure: string;
}

export interface CrossTab {
  survey: ResultsSurvey;
  dimension: Dimension;
  unit: { unitId: string; name: string };
  measure: { id: string; name: string } | null;
  columns: string[];
  rows: { unitId: string; name: string; isTotal: boolean; respondents: Cell[]; cells: Cell[] | null }[];
}

/** A query string from the set values of a query object. */
export const queryString = (query: object) => new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')).toString();

export const getBreakdownOptions = (orgId: string, surveyId: string, signal?: AbortSignal) => api.get<BreakdownOptions>(`${resultsPath(orgId, surveyId)}/breakdowns`, signal);

export const getBreakdown = (orgId: string, surveyId: string, query: BreakdownQuery, signal?: AbortSignal) => api.get<Breakdown>(`${resultsPath(orgId, surveyId)}/breakdown?${queryString(query)}`, signal);

export const getCrossTab = (orgId: string, surveyId: string, query: CrossTabQuery, signal?: AbortSignal) => api.get<CrossTab>(`${resultsPath(orgId, surveyId)}/crosstab?${queryString(query)}`, signal);
