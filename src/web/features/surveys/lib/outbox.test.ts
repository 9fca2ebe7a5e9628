import { describe, expect, it } from 'vitest';
import { deliveryText, outboxKind } from './outbox.js';

describe('outboxKind', () => {
  it('names invitations and reminder summaries, and marks the summary as naming nobody', () => {
    expect(outboxKind('invitation')).toEqual({ label: 'Invitation', colour: 'blue', summary: false });
    expect(outboxKind('reminder_summary')).toEqual({ label: 'Reminder summary', colour: 'purple', summary: true });
  });
  it('gives an unknown kind a readable label', () => {
    expect(outboxKind('feedback_request').label).toBe('Feedback request');
  });
});

describe('deliveryText', () => {
  it('says what became of each message', () => {
    expect(deliveryText({ status: 'outbox', sentAt: null })).toBe('Not sent: no mail server is set up.');
    expect(deliveryText({ status: 'note', sentAt: null })).toBe('A note for this page; it is never sent.');
    expect(deliveryText({ status: 'queued', sentAt: null })).toBe('Waiting to be sent.');
    expect(deliveryText({ status: 'failed', sentAt: null })).toBe('The mail server would not take it, so it was not sent.');
    expect(deliveryText({ status: 'sent', sentAt: '2026-03-02T14:05:00Z' }, 'Europe/London')).toBe(
      'Sent 2 March 2026 at 2:05pm; its personal link has been removed from this copy.',
    );
  });
});
