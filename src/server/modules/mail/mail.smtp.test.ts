// Mail through a real SMTP server on localhost (smtp-server), end to end through the API.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInInstrument } from '../../../core/instruments/builtins/index.js';
import { completeAnswers } from '../../../core/instruments/complete-answers.js';
import { newId, nowIso } from '../../kernel/ids.js';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.js';

interface Received {
  to: string[];
  data: string;
}

let smtp: SMTPServer;
const received: Received[] = [];
let ctx: TestContext;
let orgId: string;
let lead: Agent;

async function waitFor(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  ctx = await createTestContext({ mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Cultivate <cultivate@example.nhs.uk>' } });
  orgId = await ctx.organisation();
  lead = await ctx.agent(orgId, ['programme_lead']);
  const unit = (await lead.post(`/api/v1/organisations/${orgId}/units`, { name: 'Ward 9', externalCode: 'W9', kind: 'ward', parentId: null })).json().id as string;
  const at = nowIso();
  for (let i = 0; i < 12; i++) {
    await ctx.handle.db
      .insertInto('people')
      .values({ id: newId(), organisation_id: orgId, unit_id: unit, assignment_number: `M${i}`, full_name: `Mail ${i}`, work_email: `mail${i}@example.nhs.uk`, pay_band: 'Band 5', staff_group: 'Nursing', job_role: 'Nurse', is_leader: 0, ethnicity: null, sex: null, disability: null, age_band: null, created_at: at, updated_at: at })
      .execute();
  }
});
afterAll(async () => {
  await ctx?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('with a mail server', () => {
  let surveyId: string;

  it('sends each invitation to its person, and keeps no usable link in the stored copy', async () => {
    const created = (await lead.post(`/api/v1/organisations/${orgId}/surveys`, { title: 'Mail check', instrumentRef: 'builtin:staff-pulse', opensOn: '2026-01-01', closesOn: '2099-01-01' })).json();
    surveyId = created.id;
    expect((await lead.post(`/api/v1/organisations/${orgId}/surveys/${surveyId}/launch`, { version: created.version })).statusCode).toBe(200);
    await waitFor(() => received.length === 12, '12 invitations');
    expect(received.flatMap((r) => r.to).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `mail${i}@example.nhs.uk`).sort());
    expect(received[0]!.data).toMatch(/\/respond\/i\/[A-Za-z0-9_-]{20,}/);
    const stored = () => ctx.handle.db.selectFrom('mail_outbox').select(['status', 'body']).where('survey_id', '=', surveyId).execute();
    await waitFor(async () => (await stored()).every((m) => m.status === 'sent'), 'every message marked sent');
    for (const m of await stored()) expect(m.body).toContain('/respond/i/[sent to the recipient only]');
  });

  it('reminds exactly those who have not answered, and stores none of their addresses', async () => {
    const tokens = received.map((r) => /\/respond\/i\/([A-Za-z0-9_-]+)/.exec(r.data.replace(/=\r?\n/g, ''))![1]!);
    const answeredBy = received.slice(0, 5).map((r) => r.to[0]!);
    const anon = await ctx.anonymous();
    const pulse = builtInInstrument('staff-pulse')!;
    for (const t of tokens.slice(0, 5)) expect((await anon.post(`/api/v1/respond/invitation/${t}`, { answers: completeAnswers(pulse) })).statusCode).toBe(201);
    received.length = 0;
    const res = (await lead.post(`/api/v1/organisations/${orgId}/surveys/${surveyId}/reminders`)).json();
    expect(res).toEqual({ reminded: 7, notSent: 0 });
    const reminded = received.flatMap((r) => r.to);
    expect(reminded).toHaveLength(7);
    for (const who of answeredBy) expect(reminded).not.toContain(who);
    const notes = await ctx.handle.db.selectFrom('mail_outbox').selectAll().where('survey_id', '=', surveyId).where('kind', '=', 'reminder_summary').execute();
    expect(notes).toHaveLength(1);
    for (const who of reminded) expect(JSON.stringify(notes)).not.toContain(who);
  });
});
