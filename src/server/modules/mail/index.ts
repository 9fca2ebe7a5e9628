// Outgoing messages. Until a mail server is configured, messages are written to an outbox
// that administrators can read.
export { insertOutbox } from './mail.repository.js';
export { mailRoutes } from './mail.routes.js';
export { publicBaseUrl } from './public-url.js';
export type { MailOutboxTable } from './mail.table.js';
