import type { ImportKind } from '../../../../core/imports/types.js';
import { api, API_BASE, orgPath } from '../../../api/client.js';
import { withQuery } from '../../../api/query-string.js';

export type { ImportKind };
export type ImportStatus = 'validating' | 'writing' | 'succeeded' | 'failed';

export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

export interface ImportRun {
  id: string;
  kind: ImportKind;
  fileName: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  errors: ImportProblem[];
  errorCount: number;
  /** Not in the first contract; the imports module adds them. Treated as optional here. */
  warnings?: ImportProblem[];
  warningCount?: number;
  message?: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface StartedImport {
  id: string;
  kind: ImportKind;
  fileName: string;
  status: ImportStatus;
}

export const isRunning = (status: ImportStatus | undefined) => status === 'validating' || status === 'writing';

export const importKey = (orgId: string, importId: string) => ['org', orgId, 'imports', importId] as const;

export function startImport(orgId: string, kind: ImportKind, file: File): Promise<StartedImport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<StartedImport>(withQuery(orgPath(orgId, '/imports'), { kind }), form);
}

export const fetchImport = (orgId: string, importId: string, signal?: AbortSignal) => api.get<ImportRun>(orgPath(orgId, `/imports/${importId}`), signal);

/** A plain link (the browser downloads the CSV): the full URL, not an API call. */
export const templateUrl = (orgId: string, kind: ImportKind) => `${API_BASE}${orgPath(orgId, `/imports/templates/${kind}`)}`;
