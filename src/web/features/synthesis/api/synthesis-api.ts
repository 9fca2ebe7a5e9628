// The Discover synthesis over the API (see the server's synthesis.schemas.ts): the matrix of
// cultural elements × sources with each cell's evidence and rating, saving a cell, the event's
// settings, agreeing and reopening, the Discover checklist, and the board report. The shapes
// reuse core's own types, so the evidence and the report read exactly as the server builds them.
import type { ReportDocument } from '../../../../core/report/document.js';
import type { Evidence } from '../../../../core/synthesis/evidence.js';
import type { Rating, SynthesisSource } from '../../../../core/synthesis/sources.js';
import type { Agreement } from '../../../../core/synthesis/triangulation.js';
import { API_BASE, api, orgPath } from '../../../api/client.js';

export type { Agreement, Evidence, Rating, ReportDocument, SynthesisSource };

/** A cell's or an element's saved rating and narrative; version 0 means nothing is saved yet. */
export interface SavedCell {
  rating: Rating | null;
  narrative: string;
  version: number;
}

export interface CellView extends SavedCell {
  source: SynthesisSource;
  sourceName: string;
  evidence: Evidence[];
  suggested: { rating: Rating | null; reason: string };
}

export interface ElementView {
  key: string;
  name: string;
  overall: SavedCell;
  cells: CellView[];
  triangulation: { agreement: Agreement; text: string };
}

export interface SynthesisView {
  programmeId: string;
  status: 'draft' | 'agreed';
  eventDate: string | null;
  quoteThreshold: number;
  agreedAt: string | null;
  version: number;
  sources: { key: SynthesisSource; name: string }[];
  elements: ElementView[];
}

export type ChecklistStatus = 'not_started' | 'in_progress' | 'done';

export interface ChecklistItem {
  key: string;
  name: string;
  status: ChecklistStatus;
  detail: string;
  path: string;
}

export interface ChecklistView {
  programmeId: string;
  phase: string;
  items: ChecklistItem[];
}

/** Where a cell is saved: one of the seven sources, or the element's overall rating. */
export type CellTarget = SynthesisSource | 'overall';

export interface CellBody {
  version: number;
  rating: Rating | null;
  narrative: string;
}

export interface SettingsBody {
  version: number;
  eventDate?: string | null;
  quoteThreshold?: number;
}

const programmePath = (orgId: string, programmeId: string, rest = '') => orgPath(orgId, `/programmes/${encodeURIComponent(programmeId)}${rest}`);

export const synthesisKeys = {
  synthesis: (orgId: string, programmeId: string) => ['org', orgId, 'synthesis', programmeId] as const,
  checklist: (orgId: string, programmeId: string) => ['org', orgId, 'discover', programmeId] as const,
  report: (orgId: string, programmeId: string) => ['org', orgId, 'report', programmeId] as const,
};

export const getSynthesis = (orgId: string, programmeId: string, signal?: AbortSignal) => api.get<SynthesisView>(programmePath(orgId, programmeId, '/synthesis'), signal);

export const saveCell = (orgId: string, programmeId: string, element: string, target: CellTarget, body: CellBody) =>
  api.put<SavedCell>(programmePath(orgId, programmeId, `/synthesis/cells/${encodeURIComponent(element)}/${encodeURIComponent(target)}`), body);

export const saveSettings = (orgId: string, programmeId: string, body: SettingsBody) => api.patch<SynthesisView>(programmePath(orgId, programmeId, '/synthesis'), body);

export const agreeSynthesis = (orgId: string, programmeId: string, body: { version: number; eventDate: string }) => api.post<SynthesisView>(programmePath(orgId, programmeId, '/synthesis/agree'), body);

export const reopenSynthesis = (orgId: string, programmeId: string, body: { version: number }) => api.post<SynthesisView>(programmePath(orgId, programmeId, '/synthesis/reopen'), body);

export const getChecklist = (orgId: string, programmeId: string, signal?: AbortSignal) => api.get<ChecklistView>(programmePath(orgId, programmeId, '/discover'), signal);

export const getReport = (orgId: string, programmeId: string, signal?: AbortSignal) => api.get<ReportDocument>(programmePath(orgId, programmeId, '/report'), signal);

/** The same report as a file to download: the browser fetches it with the session cookie. */
export const reportFileUrl = (orgId: string, programmeId: string, format: 'docx' | 'pdf') => `${API_BASE}${programmePath(orgId, programmeId, `/report.${format}`)}`;
