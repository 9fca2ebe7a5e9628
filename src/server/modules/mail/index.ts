// Outgoing messages: queued with the change that causes them and sent through the mail server
// when one is configured; otherwise kept in an outbox administrators can read.
export { mailRoutes } from './mail.routes.js';
export { deliverQueued, noteInOutbox, queueMessages, sendUnrecorded, type NewMessage } from './mail.service.js';
export { publicBaseUrl } from './public-url.js';
export type { MailOutboxTable } from './mail.table.js';
