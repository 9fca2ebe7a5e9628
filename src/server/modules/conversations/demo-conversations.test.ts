// The demo programme's focus groups and board interviews, as a newcomer finds them: eight focus
// groups (two mobile, one still to come) and six board interviews, consent before every note,
// notes under the guide's questions read with names taken out, most coded, the rest with
// suggestions, a second coder's sample that is the programme's own draw, agreement between the
// two coders in a realistic range, and the same notes and codes on every load.
import { describe, expect, it } from 'vitest';
import { FOCUS_GROUP_GUIDE, BOARD_INTERVIEW_GUIDE } from '../../../core/qualitative/guides.js';
import { inTransaction } from '../../kernel/transaction.js';
import { withDemoOrganisation } from '../../test/demo-fixture.js';
import { demoAccountEmails } from '../demo/demo.service.js';
import { loadDemo } from '../demo/index.js';

const demo = withDemoOrganisation();
const db = () => demo.ctx.handle.db;

interface Summary { id: string; kind: string; title: string; heldOn: string | null; mobile: boolean; participants: number | null; boardRole: string | null; consent: { at: string } | null; excerpts: number; coded: number }
interface Excerpt { id: string; questionId: string | null; text: string; unredacted: boolean; secondCoding: boolean; coding: { codes: unknown[] } | null; suggestions: unknown[] }

async function programmeOf(orgId: string): Promise<string> {
  return (await db().selectFrom('programmes').select('id').where('organisation_id', '=', orgId).executeTakeFirstOrThrow()).id;
}
const base = async (orgId: string) => `/api/v1/organisations/${orgId}/programmes/${await programmeOf(orgId)}`;

async function sessions(): Promise<Summary[]> {
  const lead = await demo.as('programme_lead');
  const res = await lead.get(`${await base(demo.orgId)}/conversations`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Summary[];
}

/** Everything the demo writes about the notes, keyed by session and position, with no ids. */
async function notesOf(orgId: string) {
  const rows = await db()
    .selectFrom('conversation_excerpts as e')
    .innerJoin('conversations as c', 'c.id', 'e.conversation_id')
    .leftJoin('excerpt_codings as f', (j) => j.onRef('f.excerpt_id', '=', 'e.id').on('f.coder', '=', 'first'))
    .leftJoin('excerpt_codings as s', (j) => j.onRef('s.excerpt_id', '=', 'e.id').on('s.coder', '=', 'second'))
    .select(['c.title', 'e.position', 'e.question_id', 'e.text', 'e.second_coding', 'f.codes as first', 'f.behaviours', 'f.themes', 's.codes as second'])
    .where('e.organisation_id', '=', orgId)
    .execute();
  return rows.map((r) => [r.title, r.position, r.question_id, r.text, r.second_coding, r.first, r.behaviours, r.themes, r.second].join('|')).sort();
}

describe('the demo programme’s focus groups and board interviews', () => {
  it('has eight focus groups and six board interviews, with consent recorded before any notes', async () => {
    const all = await sessions();
    const groups = all.filter((s) => s.kind === 'focus_group');
    const interviews = all.filter((s) => s.kind === 'board_interview');
    expect([groups.length, interviews.length]).toEqual([8, 6]);
    expect(groups.filter((s) => s.mobile).map((s) => s.title).sort()).toEqual([
      'Healthcare assistants, mobile session on Ward 22 (Trauma)',
      'Night shift, mobile session on the Acute Medical Unit',
    ]);
    expect(groups.every((s) => s.participants! >= 6 && s.participants! <= 14)).toBe(true);
    expect(interviews.every((s) => s.participants === 1)).toBe(true);
    expect(interviews.map((s) => s.boardRole).sort()).toEqual(['Chair', 'Chief Executive', 'Chief Nurse', 'Director of Workforce', 'Medical Director', 'Non-executive Director']);
    // One focus group is still to come: no consent and no notes yet.
    const planned = all.filter((s) => !s.consent);
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ kind: 'focus_group', excerpts: 0, coded: 0 });
    expect(planned[0]!.heldOn! > '2026-12-31').toBe(true);
    for (const s of all.filter((x) => x.excerpts > 0)) {
      expect(s.consent, s.title).not.toBeNull();
      expect(s.consent!.at.slice(0, 10)).toBe(s.heldOn);
    }
    const excerpts = all.reduce((n, s) => n + s.excerpts, 0);
    const coded = all.reduce((n, s) => n + s.coded, 0);
    expect(excerpts).toBeGreaterThanOrEqual(150);
    expect(excerpts).toBeLessThanOrEqual(250);
    // About one note in seven still to code.
    expect(1 - coded / excerpts).toBeGreaterThan(0.1);
    expect(1 - coded / excerpts).toBeLessThan(0.2);
    expect(interviews.every((s) => s.excerpts >= 12)).toBe(true);
  });

  it('keeps notes under the guide’s questions, with names and units taken out for readers other than the note-taker', async () => {
    const lead = await demo.as('programme_lead');
    const url = await base(demo.orgId);
    const guideQuestions = { focus_group: new Set(FOCUS_GROUP_GUIDE.questions.map((q) => q.id)), board_interview: new Set(BOARD_INTERVIEW_GUIDE.questions.map((q) => q.id)) };
    const texts: string[] = [];
    let uncoded = 0;
    let suggested = 0;
    for (const s of (await sessions()).filter((x) => x.excerpts > 0)) {
      const view = (await lead.get(`${url}/conversations/${s.id}`)).json() as { viewerIsFacilitator: boolean; excerpts: Excerpt[] };
      expect(view.viewerIsFacilitator).toBe(false);
      // Every question of the guide that the notes name is the guide's; a few notes are about the session itself.
      expect(view.excerpts.every((e) => e.questionId === null || guideQuestions[s.kind as keyof typeof guideQuestions].has(e.questionId))).toBe(true);
      expect(new Set(view.excerpts.map((e) => e.questionId)).size).toBeGreaterThanOrEqual(s.kind === 'focus_group' ? 10 : 14);
      for (const e of view.excerpts) {
        expect(e.unredacted).toBe(false);
        texts.push(e.text);
        if (!e.coding) {
          uncoded++;
          if (e.suggestions.length) suggested++;
        }
      }
    }
    const all = texts.join('\n');
    for (const name of ['Siobhan', 'Gareth', 'Kwame', 'Mensah', 'Acute Medical Unit', 'Critical Care Unit', 'Ward 11']) expect(all).not.toContain(name);
    expect(texts.filter((t) => t.includes('[name]')).length).toBeGreaterThanOrEqual(4);
    expect(texts.filter((t) => t.includes('[unit]')).length).toBeGreaterThanOrEqual(4);
    expect(all).toContain('[name], the night sister, was described as someone who notices you are struggling');
    // As written, the stored notes keep the names for the note-taker.
    const stored = await db().selectFrom('conversation_excerpts').select('text').where('organisation_id', '=', demo.orgId).where('text', 'like', 'Siobhan, the night sister%').execute();
    expect(stored).toHaveLength(1);
    expect(uncoded).toBeGreaterThan(20);
    expect(suggested).toBeGreaterThan(5);
  });

  it('is coded first by the programme lead and, on the programme’s own sample, blind by a change team member', async () => {
    const users = new Map((await db().selectFrom('users').select(['id', 'email']).where('email', 'in', demoAccountEmails()).execute()).map((u) => [u.email, u.id]));
    const lead = users.get('programme.lead@northfield-valley.example')!;
    const changeTeam = users.get('change.team@northfield-valley.example')!;
    const codings = await db()
      .selectFrom('excerpt_codings as k')
      .innerJoin('conversation_excerpts as e', 'e.id', 'k.excerpt_id')
      .select(['k.excerpt_id', 'k.coder', 'k.coded_by', 'e.second_coding'])
      .where('k.organisation_id', '=', demo.orgId)
      .execute();
    expect(codings.filter((c) => c.coder === 'first').every((c) => c.coded_by === lead)).toBe(true);
    const seconds = codings.filter((c) => c.coder === 'second');
    expect(seconds.every((c) => c.coded_by === changeTeam && c.second_coding === 1)).toBe(true);

    const reader = await demo.as('programme_lead');
    const url = await base(demo.orgId);
    const sample = (await reader.get(`${url}/second-coding`)).json() as { sampled: number; coded: number };
    const total = (await sessions()).reduce((n, s) => n + s.excerpts, 0);
    expect(sample.sampled).toBe(Math.ceil(0.2 * total));
    expect(sample.coded).toBe(seconds.length);
    expect(sample.coded / sample.sampled).toBeGreaterThan(0.8);
    expect(sample.coded).toBeLessThan(sample.sampled);
    // The sample is exactly what the programme's own 20% draw picks: drawing it adds nothing, and a bigger draw keeps it.
    const before = new Set(codings.filter((c) => c.second_coding === 1).map((c) => c.excerpt_id));
    const drawn = await reader.post(`${url}/second-coding/sample`, { percent: 20 });
    expect(drawn.statusCode, drawn.body).toBe(200);
    expect(drawn.json().sampled).toBe(sample.sampled);
    const marked = await db().selectFrom('conversation_excerpts').select('id').where('organisation_id', '=', demo.orgId).where('second_coding', '=', 1).execute();
    expect(marked).toHaveLength(sample.sampled);
    for (const id of before) expect(marked.some((m) => m.id === id)).toBe(true);
  });

  it('shows agreement between the coders in a realistic range for every element', async () => {
    const lead = await demo.as('programme_lead');
    const res = await lead.get(`${await base(demo.orgId)}/agreement`);
    expect(res.statusCode, res.body).toBe(200);
    const agreement = res.json() as { doubleCoded: number; elements: { element: string; presence: { n: number; kappa: number | null }; stance: { kappa: number | null } }[] };
    expect(agreement.doubleCoded).toBeGreaterThanOrEqual(30);
    expect(agreement.elements).toHaveLength(6);
    const kappas = agreement.elements.map((e) => e.presence.kappa);
    expect(kappas.filter((k) => k !== null && k >= 0.3 && k <= 0.95).length).toBeGreaterThanOrEqual(4);
    // The demo is fixed, so every element lands where real coders usually do: moderate to substantial, never perfect.
    for (const e of agreement.elements) {
      expect(e.presence.n).toBe(agreement.doubleCoded);
      expect(e.presence.kappa, e.element).toBeGreaterThanOrEqual(0.4);
      expect(e.presence.kappa, e.element).toBeLessThanOrEqual(0.85);
      expect(e.stance.kappa, e.element).toBeGreaterThanOrEqual(0.4);
      expect(e.stance.kappa, e.element).toBeLessThanOrEqual(0.85);
    }
  });

  it('gives the same notes, codes and sample every time the demo is loaded', async () => {
    const second = (await inTransaction(db(), (trx) => loadDemo(trx))).organisationId;
    const [a, b] = [await notesOf(demo.orgId), await notesOf(second)];
    expect(a.length).toBeGreaterThanOrEqual(150);
    expect(b).toEqual(a);
    const lead = await demo.ctx.agent(second, ['programme_lead']);
    const agreement = async (orgId: string, agent = lead) => (await agent.get(`${await base(orgId)}/agreement`)).json();
    expect(await agreement(second)).toEqual(await agreement(demo.orgId, await demo.as('programme_lead')));
  });
});
