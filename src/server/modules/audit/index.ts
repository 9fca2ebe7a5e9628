// Audit log: who did what, when. Other modules record events through recordAudit.
export { auditLog, recordAudit, type AuditAction, type AuditInput } from './audit.service.js';
export { auditRoutes } from './audit.routes.js';
