// Imports of units and staff from CSV or Excel files: validated whole, written in one transaction.
export { importRoutes } from './imports.routes.js';
export {
  startImport,
  getImport,
  listImports,
  listOrganisationsForImport,
  type ImportActor,
  type ImportOptions,
  type ImportProgress,
  type StartedImport,
} from './imports.service.js';
export { importSettled, settleAllImports } from './imports.progress.js';
export { readUploadedTable } from './imports.reader.js';
export type { ImportRunView, ImportSummaryView, ImportStatus } from './imports.schemas.js';
