// The demo organisation's finished surveys, so a newcomer sees real-looking results at once:
// two staff pulses (November 2025 and June 2026) to compare, and a leadership behaviours survey
// of Band 7 and above with written comments to read and code. About six in ten answered; units
// lean differently (some well led, some struggling) and drift between waves, and a few units
// had too few answers to show. It is written as a launched-then-closed survey would be: the audience frozen with the
// same filing rules, responses filed by unit with only band and staff group, no invitations.
import { CODED_COMMENTS } from '../../../core/comments/sample-comments.js';
import { completeAnswers } from '../../../core/instruments/complete-answers.js';
import { questionsOf } from '../../../core/instruments/questions.js';
import { seededRng } from '../../../core/random/seeded.js';
import { audienceCategories } from '../../../core/surveys/audience-categories.js';
import { freezeAudience } from '../../../core/surveys/frozen-audience.js';
import type { Db } from '../../db/database.js';
import { newId } from '../../kernel/ids.js';
import { resolveInstrument } from './instrument-catalogue.js';
import { insertResponses } from './responses.repository.js';
import { insertSurvey } from './surveys.repository.js';
import { selectAudience, storeFrozenUnits } from './surveys.service.js';
import { DEFAULT_COMMENT_THRESHOLD } from './surveys.schemas.js';

export interface DemoWave {
  title: string;
  instrumentRef: string;
  /** Leaders only, for the leadership behaviours survey; empty for everyone. */
  payBands: string[];
  /** Written comments for the questionnaire's first free-text question, each used once. */
  comments: readonly string[];
  opensOn: string;
  closesOn: string;
  /** Added to every unit's lean, in answer options: the whole trust a little better or worse. */
  shift: number;
  seed: number;
}

const pulse = { instrumentRef: 'builtin:staff-pulse', payBands: [], comments: [] };
export const DEMO_WAVES: readonly DemoWave[] = [
  { ...pulse, title: 'Staff pulse, winter 2025', opensOn: '2025-11-03', closesOn: '2025-11-28', shift: -0.25, seed: 20251128 },
  { ...pulse, title: 'Staff pulse, summer 2026', opensOn: '2026-06-01', closesOn: '2026-06-28', shift: 0, seed: 20260628 },
  {
    title: 'Leadership behaviours survey, spring 2026',
    instrumentRef: 'builtin:leadership-behaviours',
    payBands: ['Band 7', 'Band 8a', 'Band 8b', 'Consultant'],
    comments: CODED_COMMENTS.map((c) => c.text),
    opensOn: '2026-03-02',
    closesOn: '2026-03-27',
    shift: 0.1,
    seed: 20260327,
  },
];
export const DEMO_SURVEY_TITLE = DEMO_WAVES[1]!.title;
const THRESHOLD = 11;

export async function seedDemoSurvey(db: Db, organisationId: string, programmeId: string | null, wave: DemoWave): Promise<string> {
  const instrument = await resolveInstrument(db, organisationId, wave.instrumentRef);
  if (!instrument) throw new Error(`The built-in instrument ${wave.instrumentRef} is missing`);
  const { units, people } = await selectAudience(db, organisationId, { unitIds: [], payBands: wave.payBands, staffGroups: [] });
  const frozen = freezeAudience(
    { id: organisationId, name: 'Whole organisation' },
    units.map((u) => ({ id: u.id, parentId: u.parentId, name: u.name, externalCode: u.externalCode })),
    people.map((p) => ({ personId: p.id, unitId: p.unit_id, payBand: p.pay_band, staffGroup: p.staff_group })),
    THRESHOLD,
  );
  if (!frozen.ok) throw new Error('The demo staff list is too small for its own survey');
  const id = newId();
  await insertSurvey(db, {
    id,
    organisation_id: organisationId,
    programme_id: programmeId,
    title: wave.title,
    instrument_ref: instrument.ref,
    instrument_version: instrument.version,
    definition: JSON.stringify(instrument.definition),
    status: 'closed',
    opens_on: wave.opensOn,
    closes_on: wave.closesOn,
    anonymity_threshold: THRESHOLD,
    comment_threshold: DEFAULT_COMMENT_THRESHOLD,
    languages: JSON.stringify(['en', 'cy']),
    audience: JSON.stringify({ unitIds: [], payBands: wave.payBands, staffGroups: [] }),
    invitations_enabled: 1,
    open_link_enabled: 0,
    paper_enabled: 0,
    open_link_code: null,
    audience_size: frozen.members.length,
    audience_categories: JSON.stringify(audienceCategories(frozen.members)),
    version: 3,
    created_at: `${wave.opensOn}T07:00:00.000Z`,
    updated_at: `${wave.closesOn}T17:00:00.000Z`,
    launched_at: `${wave.opensOn}T08:00:00.000Z`,
    closed_at: `${wave.closesOn}T17:00:00.000Z`,
  });
  await storeFrozenUnits(db, organisationId, id, frozen.units);

  // Each filing unit leans its own way, the same in every wave (with a little drift); each
  // person a little around it.
  const unitRng = seededRng(20260101);
  const rng = seededRng(wave.seed);
  const lean = new Map<string, number>();
  const reply = new Map<string, number>();
  // In a fixed order (unit codes, staff emails), since ids are random: the demo is the same every time.
  for (const u of [...frozen.units].sort((a, b) => (a.externalCode < b.externalCode ? -1 : a.externalCode > b.externalCode ? 1 : 0))) {
    lean.set(u.id, (unitRng.next() - 0.5) * 1.6 + wave.shift + (rng.next() - 0.5) * 0.5);
    reply.set(u.id, unitRng.next() < 0.08 ? 0.15 : 0.45 + rng.next() * 0.3);
  }
  const emailOf = new Map(people.map((p) => [p.id, p.work_email ?? p.id]));
  const members = [...frozen.members].sort((a, b) => (emailOf.get(a.personId)! < emailOf.get(b.personId)! ? -1 : 1));
  const textIds = questionsOf(instrument.definition).flatMap((q) => (q.kind === 'text' ? [q.id] : []));
  const comments = [...wave.comments];
  // Demographic answers from their own stream, so adding them left every other draw as it was.
  const profileRng = seededRng(wave.seed + 1);
  const demographicAnswers = () =>
    Object.fromEntries(
      instrument.definition.demographics.flatMap((d) => {
        if (profileRng.next() < 0.06) return []; // preferred not to say
        // Earlier options a little more likely, as with length of service in most trusts.
        const pick = Math.min(d.options.length - 1, Math.floor(d.options.length * profileRng.next() ** 1.3));
        return [[d.id, d.options[pick]!.value]];
      }),
    );
  const rows = members.flatMap((m) => {
    if (rng.next() >= (reply.get(m.reportingUnitId) ?? 0.6)) return [];
    const person = (rng.next() - 0.5) * 1.2;
    const centre = 2.4 + (lean.get(m.reportingUnitId) ?? 0) + person;
    const answers = completeAnswers(instrument.definition, (n) => Math.max(0, Math.min(n - 1, Math.round(centre + (rng.next() - 0.5) * 1.6))));
    // Free text only where the wave has comments to give, about one respondent in three.
    for (const [i, id] of textIds.entries()) {
      if (i === 0 && comments.length && rng.next() < 0.35) answers[id] = comments.shift();
      else delete answers[id];
    }
    const day = 1 + Math.floor(rng.next() * 28);
    return [{
      id: newId(),
      organisation_id: organisationId,
      survey_id: id,
      unit_id: m.reportingUnitId,
      channel: 'invitation',
      language: rng.next() < 0.05 ? 'cy' : 'en',
      submitted_on: `${wave.opensOn.slice(0, 8)}${String(day).padStart(2, '0')}`,
      profile: JSON.stringify({ payBand: m.payBand, staffGroup: m.staffGroup, ...demographicAnswers() }),
      answers: JSON.stringify(answers),
    }];
  });
  // Stored in the order of their random ids, as a closed survey's are.
  rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  await insertResponses(db, rows);
  return id;
}
