// What each kind of outbox message is called, and what became of it.
import type { TagColour } from '../../../components/content.js';
import { formatDateTime } from '../../../lib/dates.js';
import type { OutboxMessage } from '../api/survey-types.js';

export interface OutboxKind {
  label: string;
  colour: TagColour;
  /** A summary stands for many messages and names nobody. */
  summary: boolean;
}

const KINDS: Record<string, OutboxKind> = {
  invitation: { label: 'Invitation', colour: 'blue', summary: false },
  reminder_summary: { label: 'Reminder summary', colour: 'purple', summary: true },
};

export function outboxKind(kind: string): OutboxKind {
  return KINDS[kind] ?? { label: kind.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()), colour: 'grey', summary: false };
}

/** What happened to the message, in a sentence. */
export function deliveryText(message: Pick<OutboxMessage, 'status' | 'sentAt'>, timeZone?: string): string {
  switch (message.status) {
    case 'outbox':
      return 'Not sent: no mail server is set up.';
    case 'note':
      return 'A note for this page; it is never sent.';
    case 'queued':
      return 'Waiting to be sent.';
    case 'sent':
      return message.sentAt ? `Sent ${formatDateTime(message.sentAt, timeZone)}; its personal link has been removed from this copy.` : 'Sent.';
    case 'failed':
      return 'The mail server would not take it, so it was not sent.';
  }
}
