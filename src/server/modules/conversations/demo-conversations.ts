// The demo programme's focus groups and board interviews, so a newcomer sees the Discover
// conversations in progress: eight culture focus groups (staff groups, bands and sites, two of
// them mobile sessions held where staff work, one still to come with no consent or notes yet)
// and six board interviews, each with consent recorded and notes under the questions of the
// built-in guides (notes in demo-conversation-notes.ts). Most notes are coded by the programme
// lead; the most recent sessions are only part coded, so suggestions show. A fifth of the notes
// are in the second-coder sample, drawn by the same rule as the programme's own draw (see
// drawSample in coding.service.ts), and most of them are coded again, blind, by a member of the
// change team, who agrees with the first coder mostly but not always. Written through the
// repository (codings in one batch of its own row shape), in the caller's transaction.
// Deterministic: every load gives the same sessions, notes, codes and sample; only ids are new.
import { secondCoderSample, type ElementCode } from '../../../core/agreement/index.js';
import type { GuideKind, GuideQuestion } from '../../../core/qualitative/guide.js';
import { copyBuiltInGuide } from '../../../core/qualitative/guides.js';
import { seededRng, type Rng } from '../../../core/random/seeded.js';
import type { Db } from '../../db/database.js';
import { newId } from '../../kernel/ids.js';
import { secondCoderSeed } from './coding.service.js';
import * as repo from './conversations.repository.js';
import type { ConversationExcerptsTable, ConversationsTable, ExcerptCodingsTable } from './conversations.table.js';
import { BOARD_NOTES, ELEMENT_OF, FOCUS_GROUP_NOTES, SESSION_REMARKS, type BoardRole, type DemoNote, type ElementKey, type Fit } from './demo-conversation-notes.js';

/** The demo users who run the conversations: the programme lead codes first, a change team member second. */
export interface DemoConversationPeople {
  programmeLead: string;
  changeTeam: string;
}

export interface DemoSessionPlan {
  key: string;
  kind: GuideKind;
  title: string;
  heldOn: string;
  /** Time of day the session started (UTC), for the consent record. */
  startsAt: string;
  location: string;
  mobile: boolean;
  staffGroup: string | null;
  bandFrom: string | null;
  bandTo: string | null;
  site: string | null;
  boardRole: string | null;
  participants: number;
  /** Who ran it; the other one took the notes (board interviews: the programme lead alone). */
  facilitator: keyof DemoConversationPeople;
  /** Still to happen: no consent, no notes. */
  planned?: boolean;
  /** Held recently, so only about half its notes are coded yet. */
  recent?: boolean;
  /** Focus groups: which notes fit the group. Board interviews: whose words. */
  fits?: readonly Fit[];
  role?: BoardRole;
}

const MAIN_SITE = 'Northfield General Hospital';
const COMMUNITY_SITE = 'Valley Community Hospital';

export const DEMO_FOCUS_GROUPS: readonly DemoSessionPlan[] = [
  {
    key: 'fg-nurses', kind: 'focus_group', title: 'Registered nurses and midwives, Bands 5 and 6', heldOn: '2026-09-08', startsAt: '13:30', location: 'Education Centre, seminar room 3',
    mobile: false, staffGroup: 'Nursing and Midwifery Registered', bandFrom: 'Band 5', bandTo: 'Band 6', site: MAIN_SITE, boardRole: null, participants: 11, facilitator: 'changeTeam', fits: ['ward', 'nurse'],
  },
  {
    key: 'fg-hcas-ward', kind: 'focus_group', title: 'Healthcare assistants, mobile session on Ward 22 (Trauma)', heldOn: '2026-09-17', startsAt: '14:15', location: 'Ward 22 (Trauma), day room',
    mobile: true, staffGroup: 'Additional Clinical Services', bandFrom: 'Band 2', bandTo: 'Band 4', site: MAIN_SITE, boardRole: null, participants: 7, facilitator: 'programmeLead', fits: ['ward', 'hca'],
  },
  {
    key: 'fg-doctors', kind: 'focus_group', title: 'Doctors in training and consultants', heldOn: '2026-09-24', startsAt: '12:30', location: 'Postgraduate Centre, lecture room 1',
    mobile: false, staffGroup: 'Medical and Dental', bandFrom: 'Foundation Year 1', bandTo: 'Consultant', site: MAIN_SITE, boardRole: null, participants: 8, facilitator: 'changeTeam', fits: ['doctor'],
  },
  {
    key: 'fg-therapists', kind: 'focus_group', title: 'Therapists and healthcare scientists', heldOn: '2026-10-06', startsAt: '10:00', location: 'Therapy department meeting room',
    mobile: false, staffGroup: 'Allied Health Professionals', bandFrom: 'Band 5', bandTo: 'Band 7', site: MAIN_SITE, boardRole: null, participants: 9, facilitator: 'programmeLead', fits: ['ahp'],
  },
  {
    key: 'fg-support', kind: 'focus_group', title: 'Porters, domestic, reception and admin staff', heldOn: '2026-10-15', startsAt: '14:30', location: 'Staff restaurant, after the lunch service',
    mobile: false, staffGroup: null, bandFrom: 'Band 2', bandTo: 'Band 4', site: MAIN_SITE, boardRole: null, participants: 12, facilitator: 'changeTeam', fits: ['support'],
  },
  {
    key: 'fg-amu-night', kind: 'focus_group', title: 'Night shift, mobile session on the Acute Medical Unit', heldOn: '2026-10-22', startsAt: '02:00', location: 'Acute Medical Unit, staff room',
    mobile: true, staffGroup: null, bandFrom: 'Band 2', bandTo: 'Band 6', site: MAIN_SITE, boardRole: null, participants: 6, facilitator: 'programmeLead', fits: ['ward', 'nurse', 'hca'],
  },
  {
    key: 'fg-managers', kind: 'focus_group', title: 'Ward and department managers', heldOn: '2026-11-04', startsAt: '09:30', location: 'Boardroom',
    mobile: false, staffGroup: null, bandFrom: 'Band 7', bandTo: 'Band 8b', site: MAIN_SITE, boardRole: null, participants: 14, facilitator: 'changeTeam', fits: ['manager'], recent: true,
  },
  {
    key: 'fg-community', kind: 'focus_group', title: 'District nurses and community therapists', heldOn: '2027-01-21', startsAt: '13:00', location: 'Meeting room 2',
    mobile: false, staffGroup: 'Nursing and Midwifery Registered', bandFrom: 'Band 3', bandTo: 'Band 7', site: COMMUNITY_SITE, boardRole: null, participants: 10, facilitator: 'changeTeam', planned: true,
  },
];

const interview = (key: string, role: BoardRole, boardRole: string, heldOn: string, startsAt: string, location: string, recent = false): DemoSessionPlan => ({
  key, kind: 'board_interview', title: `Board interview: ${boardRole}`, heldOn, startsAt, location, mobile: false, staffGroup: null, bandFrom: null, bandTo: null,
  site: MAIN_SITE, boardRole, participants: 1, facilitator: 'programmeLead', role, ...(recent ? { recent } : {}),
});

export const DEMO_BOARD_INTERVIEWS: readonly DemoSessionPlan[] = [
  interview('bi-ceo', 'ceo', 'Chief Executive', '2026-09-02', '08:00', 'Chief Executive’s office'),
  interview('bi-chair', 'chair', 'Chair', '2026-09-10', '16:00', 'Video call'),
  interview('bi-md', 'md', 'Medical Director', '2026-09-29', '07:45', 'Medical Director’s office'),
  interview('bi-cn', 'cn', 'Chief Nurse', '2026-10-08', '11:00', 'Boardroom'),
  interview('bi-ned', 'ned', 'Non-executive Director', '2026-10-20', '15:00', 'Video call'),
  interview('bi-dow', 'dow', 'Director of Workforce', '2026-11-10', '09:00', 'Director of Workforce’s office', true),
];

const SEED = 20261110;
/** The seed of the demo's own choice of which notes are second coded (not the programme's draw). */
const SAMPLE_CHOICE_SEED = 20261116;
const SAMPLE_FRACTION = 0.2;


const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function parseCodes(codes: string): ElementCode[] {
  return codes.split(/\s+/).filter(Boolean).map((c) => ({ element: ELEMENT_OF[c.slice(0, 2) as ElementKey], stance: c.endsWith('+') ? 'strength' : 'develop' }));
}

// The elements a second reader most often sees instead of, or as well as, the first coder's.
const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  vision_values: ['goals_performance', 'support_compassion'],
  goals_performance: ['vision_values', 'teamwork'],
  support_compassion: ['equity_inclusion', 'learning_innovation', 'teamwork'],
  learning_innovation: ['support_compassion', 'goals_performance'],
  teamwork: ['support_compassion', 'goals_performance'],
  equity_inclusion: ['support_compassion', 'vision_values'],
};

/** A second, blind reading of a note: the same codes most of the time, otherwise one plausible difference. */
function secondReading(rng: Rng, codes: readonly ElementCode[]): ElementCode[] {
  const out = codes.map((c) => ({ ...c }));
  const primary = out[0];
  const r = rng.next();
  const neighbour = (c: ElementCode) => rng.pick(NEIGHBOURS[c.element]!.filter((e) => !out.some((o) => o.element === e)));
  if (!primary) return out;
  if (r < 0.16) {
    const element = neighbour(primary);
    if (element) out.push({ element, stance: primary.stance }); // saw one more element in it
  } else if (r < 0.26 && out.length > 1) {
    out.pop(); // passed over the lesser one
  } else if (r < 0.33) {
    const element = neighbour(primary);
    if (element) out[0] = { element, stance: primary.stance }; // read it as a different element
  } else if (r < 0.37) {
    out[0] = { element: primary.element, stance: primary.stance === 'strength' ? 'develop' : 'strength' }; // read it the other way
  }
  return out;
}

interface Planned {
  plan: DemoSessionPlan;
  notes: { note: DemoNote | null; text: string }[];
}

/** Deals each question's notes out to the focus groups they fit: one each first, the rest at random. */
function dealFocusGroupNotes(rng: Rng, held: readonly DemoSessionPlan[], questions: readonly GuideQuestion[]): Map<string, DemoNote[]> {
  const dealt = new Map<string, DemoNote[]>(held.map((s) => [s.key, []]));
  for (const question of questions) {
    const pool = FOCUS_GROUP_NOTES.filter((n) => n.question === question.id);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    const take = (i: number, session: DemoSessionPlan) => dealt.get(session.key)!.push(pool.splice(i, 1)[0]!);
    // First a note that fits only this kind of group, then any note.
    for (const session of held) {
      const own = pool.findIndex((n) => n.fit !== 'any' && session.fits!.includes(n.fit));
      const index = own >= 0 ? own : pool.findIndex((n) => n.fit === 'any');
      if (index >= 0) take(index, session);
    }
    while (pool.length) {
      const note = pool[0]!;
      const fitting = held.filter((s) => note.fit === 'any' || s.fits!.includes(note.fit));
      take(0, rng.pick(fitting));
    }
  }
  return dealt;
}

const day = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoConversations(db: Db, organisationId: string, programmeId: string, people: DemoConversationPeople): Promise<void> {
  const rng = seededRng(SEED);
  const guides = { focus_group: copyBuiltInGuide('focus_group'), board_interview: copyBuiltInGuide('board_interview') };
  const focusGroupsHeld = DEMO_FOCUS_GROUPS.filter((s) => !s.planned);
  const dealt = dealFocusGroupNotes(rng, focusGroupsHeld, guides.focus_group.questions);
  const sessions: Planned[] = [...DEMO_FOCUS_GROUPS, ...DEMO_BOARD_INTERVIEWS].map((plan) => {
    if (plan.planned) return { plan, notes: [] };
    const questions = guides[plan.kind].questions;
    const mine = plan.kind === 'focus_group' ? dealt.get(plan.key)! : BOARD_NOTES.filter((n) => n.role === plan.role);
    // In the order of the guide, as the notes were taken.
    const notes = questions.flatMap((q) => mine.filter((n) => n.question === q.id)).map((note) => ({ note: note as DemoNote | null, text: note.text }));
    const remark = SESSION_REMARKS[plan.key];
    if (remark) notes.push({ note: null, text: remark });
    return { plan, notes };
  });

  // Which notes go to the second coder: the demo's own seeded choice, and then the random ids
  // are handed out so that the programme's draw (the same rule as drawSample's, seeded from the
  // programme) picks exactly those notes. Asking for the same share later adds nothing; asking
  // for more keeps these.
  const keyOf = (session: number, position: number) => `${String(session).padStart(2, '0')}-${String(position).padStart(3, '0')}`;
  const keys = sessions.flatMap((s, i) => s.notes.map((_, p) => keyOf(i, p)));
  const chosen = secondCoderSample(keys, { fraction: SAMPLE_FRACTION }, SAMPLE_CHOICE_SEED);
  const slots = keys.map((_, i) => String(i).padStart(5, '0'));
  const drawn = secondCoderSample(slots, { fraction: SAMPLE_FRACTION }, secondCoderSeed(programmeId)).map(Number);
  const ids = keys.map(() => newId()).sort(byCodeUnit);
  const sampledIds = drawn.map((slot) => ids[slot]!);
  const drawnSlots = new Set(drawn);
  const otherIds = ids.filter((_, slot) => !drawnSlots.has(slot));
  const idOf = new Map<string, string>();
  chosen.forEach((key, i) => idOf.set(key, sampledIds[i]!));
  for (const key of keys) if (!idOf.has(key)) idOf.set(key, otherIds.shift()!);
  const inSample = new Set(chosen);

  const codings: ExcerptCodingsTable[] = [];
  const secondRng = seededRng(SEED + 1);
  for (const [i, { plan, notes }] of sessions.entries()) {
    const id = newId();
    const consentAt = `${plan.heldOn}T${plan.startsAt}:00.000Z`;
    const facilitator = people[plan.facilitator];
    const noteTaker = plan.kind === 'board_interview' ? people.programmeLead : people[plan.facilitator === 'programmeLead' ? 'changeTeam' : 'programmeLead'];
    const row: ConversationsTable = {
      id,
      organisation_id: organisationId,
      programme_id: programmeId,
      kind: plan.kind,
      title: plan.title,
      held_on: plan.heldOn,
      location: plan.location,
      mobile: plan.mobile ? 1 : 0,
      facilitator_user_id: facilitator,
      staff_group: plan.staffGroup,
      band_from: plan.bandFrom,
      band_to: plan.bandTo,
      site: plan.site,
      board_role: plan.boardRole,
      participants: plan.participants,
      consent_at: plan.planned ? null : consentAt,
      consent_by: plan.planned ? null : facilitator,
      consent_note: plan.planned
        ? ''
        : plan.kind === 'board_interview'
          ? 'Consent given at the start, after the introduction was read. Agreed that short quotes may be used without saying who said them.'
          : `All ${plan.participants} gave their consent after the ground rules were read out. Reminded everyone not to name colleagues.`,
      guide: JSON.stringify(guides[plan.kind].questions),
      version: plan.planned ? 1 : 2,
      created_at: `${day(plan.planned ? '2026-11-30' : plan.heldOn, plan.planned ? 0 : -16)}T10:00:00.000Z`,
      updated_at: plan.planned ? '2026-11-30T10:00:00.000Z' : consentAt,
    };
    await repo.insertConversation(db, row);
    if (!notes.length) continue;

    const typedAt = `${day(plan.heldOn, 1)}T16:30:00.000Z`;
    const excerpts: ConversationExcerptsTable[] = notes.map(({ note, text }, p) => ({
      id: idOf.get(keyOf(i, p))!,
      organisation_id: organisationId,
      conversation_id: id,
      question_id: note?.question ?? null,
      position: p + 1,
      text,
      author_user_id: noteTaker,
      second_coding: inSample.has(keyOf(i, p)) ? 1 : 0,
      version: 1,
      created_at: typedAt,
      updated_at: typedAt,
    }));
    await repo.insertExcerpts(db, excerpts);

    const questions = new Map(guides[plan.kind].questions.map((q) => [q.id, q]));
    for (const [p, { note }] of notes.entries()) {
      const excerptId = excerpts[p]!.id;
      // Remarks about the session are never coded; recent sessions are half done, others nearly all.
      const coded = note !== null && rng.next() >= (plan.recent ? 0.5 : 0.06);
      const codes = note ? parseCodes(note.codes) : [];
      const behaviours = note ? (note.behaviours?.split(' ').filter(Boolean) ?? questions.get(note.question)?.behaviours ?? []) : [];
      const themes = note ? note.themes.split(';').map((t) => t.trim()).filter(Boolean) : [];
      const firstAt = `${day(plan.heldOn, 2 + (p % 6))}T${String(9 + (p % 8)).padStart(2, '0')}:${String((p * 7) % 60).padStart(2, '0')}:00.000Z`;
      if (coded) {
        codings.push({ organisation_id: organisationId, excerpt_id: excerptId, coder: 'first', codes: JSON.stringify(codes), behaviours: JSON.stringify(behaviours), themes: JSON.stringify(themes), coded_by: people.programmeLead, version: 1, coded_at: firstAt });
      }
      // The second reading is drawn for every note, so the codes do not depend on which are sampled.
      const second = secondReading(secondRng, codes);
      const secondDone = secondRng.next() < 0.9;
      if (note && excerpts[p]!.second_coding === 1 && secondDone) {
        const secondAt = `${day('2026-11-16', p % 12)}T${String(10 + (p % 6)).padStart(2, '0')}:${String((p * 11) % 60).padStart(2, '0')}:00.000Z`;
        codings.push({ organisation_id: organisationId, excerpt_id: excerptId, coder: 'second', codes: JSON.stringify(second), behaviours: JSON.stringify(behaviours), themes: JSON.stringify(themes), coded_by: people.changeTeam, version: 1, coded_at: secondAt });
      }
    }
  }
  // Rows as repo.insertCoding writes them, a few hundred at once: one statement rather than one a note.
  for (let i = 0; i < codings.length; i += 500) await db.insertInto('excerpt_codings').values(codings.slice(i, i + 500)).execute();
}
