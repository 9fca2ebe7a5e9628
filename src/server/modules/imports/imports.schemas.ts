import { z } from 'zod';
import { IMPORT_KINDS } from '../../../core/imports/types.js';
import { id } from '../../kernel/http-schemas.js';

export const IMPORT_STATUSES = ['validating', 'writing', 'succeeded', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const importKind = z.enum(IMPORT_KINDS, { message: `Choose one of: ${IMPORT_KINDS.join(', ')}` });
export const importQuery = z.strictObject({ kind: importKind });
export const importParams = z.strictObject({ orgId: id, importId: id });
export const templateParams = z.strictObject({ orgId: id, kind: importKind });

const problem = z.object({ row: z.number(), column: z.string(), message: z.string() });

export const startedImportView = z.object({ id: z.string(), kind: importKind, fileName: z.string(), status: z.enum(IMPORT_STATUSES) });

export const importSummaryView = z.object({
  id: z.string(),
  kind: importKind,
  fileName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  totalRows: z.number(),
  processedRows: z.number(),
  created: z.number(),
  updated: z.number(),
  errorCount: z.number(),
  warningCount: z.number(),
  /** One sentence for people: what happened, or why it failed. */
  message: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export const importRunView = importSummaryView.extend({ errors: z.array(problem), warnings: z.array(problem) });

export type StartedImportView = z.infer<typeof startedImportView>;
export type ImportSummaryView = z.infer<typeof importSummaryView>;
export type ImportRunView = z.infer<typeof importRunView>;
