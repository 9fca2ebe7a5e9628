// The leadership workforce analysis over the API (see the server's workforce.routes.ts). Every
// report is the core's own type, so the page reads exactly the fields the core computes; each
// figure is a protected Cell (core/workforce/small-numbers.ts).
import { api, orgPath } from '../../../api/client.js';
import type { AgeProfileReport } from '../../../../core/workforce/age-profile.js';
import type { LeadersReport } from '../../../../core/workforce/leaders.js';
import type { Problem } from '../../../../core/workforce/records.js';
import type { RepresentationReport } from '../../../../core/workforce/representation.js';
import type { Cell } from '../../../../core/workforce/small-numbers.js';
import type { SpanReport } from '../../../../core/workforce/span-of-control.js';
import type { SuccessionReport } from '../../../../core/workforce/succession.js';
import type { TurnoverReport } from '../../../../core/workforce/turnover.js';

export type { AgeProfileReport, Cell, LeadersReport, Problem, RepresentationReport, SpanReport, SuccessionReport, TurnoverReport };

export interface WorkforceUnit {
  unitId: string;
  name: string;
  parentId: string | null;
}

/** Faults in the manager links, counted across the whole organisation (they are not about anyone's characteristics). */
export interface SpanLinkProblems {
  cycles: number;
  managesSelf: number;
  managerUnknown: number;
  managerNotInPost: number;
}

/**
 * The span of control report as the API sends it: the core's SpanReport without its lists of
 * managers (who manages too many or too few is for HR, not a board paper), with the faults in
 * the links counted instead.
 */
export type SpanSummary = Pick<SpanReport, 'asOf' | 'k' | 'min' | 'max' | 'rows'> & { linkProblems: SpanLinkProblems };

export interface WorkforceAnalysis {
  asOf: string;
  /** The 12-month period [from, to) that ends on asOf. */
  from: string;
  to: string;
  /** Counts of fewer than k people are not shown. */
  k: number;
  units: WorkforceUnit[];
  problems: { total: number; shown: Problem[] };
  leaders: LeadersReport;
  span: SpanSummary;
  turnover: TurnoverReport;
  age: AgeProfileReport;
  succession: SuccessionReport;
  representation: RepresentationReport;
}

export const workforcePath = (orgId: string, rest = '') => orgPath(orgId, `/workforce${rest}`);

export const workforceKeys = {
  all: (orgId: string) => ['org', orgId, 'workforce'] as const,
  /** asOf '' for today. */
  analysis: (orgId: string, asOf: string) => ['org', orgId, 'workforce', 'analysis', asOf] as const,
};

const asOfQuery = (asOf: string | null) => (asOf ? `?asOf=${encodeURIComponent(asOf)}` : '');

/** The analysis on `asOf` (yyyy-mm-dd), or today when null. */
export const getWorkforce = (orgId: string, asOf: string | null, signal?: AbortSignal) => api.get<WorkforceAnalysis>(workforcePath(orgId, asOfQuery(asOf)), signal);

/** The export's address, for a plain download link (the API applies the same hiding). */
export const workforceExportPath = (orgId: string, format: 'csv' | 'xlsx', asOf: string | null) =>
  workforcePath(orgId, `/export?format=${format}${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ''}`);
