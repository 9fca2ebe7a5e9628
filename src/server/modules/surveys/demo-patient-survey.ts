// The demo organisation's closed patient survey: the built-in patient experience of culture
// questionnaire, offered to inpatients and their carers on the wards over the summer of 2026 by
// an open link (a QR code on a poster) and on paper. About five hundred answered, filed by the
// ward they were treated on; wards lean differently, older people's wards answered more on
// paper, carers answered for children and babies, and three small wards had too few answers to
// show. It is written exactly as a launched-then-closed patient survey is stored (see
// launchSurvey in surveys.service.ts): no staff audience, every unit of the organisation frozen
// at launch as a place to file under, no invitations, responses with only the patients' own
// "About you" answers. Deterministic: the same survey every time the demo is loaded (only the
// ids and the now-closed open link's code are new).
import { randomBytes } from 'node:crypto';
import type { InstrumentDefinition } from '../../../core/instruments/definition.js';
import { PREFER_NOT_TO_SAY } from '../../../core/instruments/reserved-values.js';
import { seededRng, type Rng } from '../../../core/random/seeded.js';
import type { Db } from '../../db/database.js';
import { newId } from '../../kernel/ids.js';
import { listUnits } from '../units/index.js';
import { DEMO_PATIENT_BEST, DEMO_PATIENT_BETTER } from './demo-patient-comments.js';
import { resolveInstrument } from './instrument-catalogue.js';
import { insertResponses } from './responses.repository.js';
import { insertSurvey } from './surveys.repository.js';
import { patientSurveyUnits, storeFrozenUnits } from './surveys.service.js';
import { DEFAULT_COMMENT_THRESHOLD, DEFAULT_THRESHOLD } from './surveys.schemas.js';
import type { SurveyResponsesTable } from './surveys.table.js';

export const DEMO_PATIENT_SURVEY_TITLE = 'Inpatient experience of our culture, summer 2026';
const INSTRUMENT = 'builtin:patient-experience';
const OPENS_ON = '2026-07-06';
const CLOSES_ON = '2026-08-28';
const SEED = 20260828;

/**
 * How each ward's patients answered: how many replied, how far their answers lean from the
 * trust's, the share who answered on paper, and who answered (carers for children and babies,
 * more carers on older people's wards). Wards not listed take the defaults: 20 to 35 replies,
 * and a lean from the seeded generator.
 */
interface WardPattern {
  replies?: number;
  lean?: number;
  paper?: number;
  carers?: number;
  ages?: Ages;
}
type Ages = readonly (readonly [string, number])[];
const OLDER: Ages = [['age-45-64', 1], ['age-65-79', 4], ['age-80-plus', 6]];
const BIRTH: Ages = [['age-16-24', 2], ['age-25-44', 8], ['age-45-64', 1]];
const PARENTS: Ages = [['age-16-24', 2], ['age-25-44', 7], ['age-45-64', 2]];
const ADULTS: Ages = [['age-16-24', 1], ['age-25-44', 3], ['age-45-64', 4], ['age-65-79', 4], ['age-80-plus', 2]];
const WARDS: Readonly<Record<string, WardPattern>> = {
  'Acute Medical Unit': { replies: 43, lean: -0.45, paper: 0.2 },
  'Ward 10 (Frailty)': { replies: 31, lean: 0.35, paper: 0.6, carers: 0.35, ages: OLDER },
  'Ward 11 (Care of Older People)': { replies: 31, lean: 0.2, paper: 0.6, carers: 0.35, ages: OLDER },
  // A handful of beds: too few answers to show.
  'Ward 12 (Care of Older People)': { replies: 5, paper: 0.7, carers: 0.4, ages: OLDER },
  'Hyper-acute Stroke Unit': { paper: 0.45, carers: 0.4, ages: OLDER },
  'Surgical Assessment Unit': { lean: -0.3 },
  'Ward 22 (Trauma)': { lean: -0.25, paper: 0.45, ages: OLDER },
  'Critical Care Unit': { replies: 20, lean: 0.4, carers: 0.55 },
  'Labour Ward': { replies: 24, lean: 0.25, paper: 0.15, carers: 0.1, ages: BIRTH },
  // Women go home within hours of giving birth there, and few filled the survey in.
  'Birth Centre': { replies: 8, lean: 0.5, paper: 0.1, carers: 0.1, ages: BIRTH },
  'Antenatal and Postnatal Ward': { lean: -0.15, paper: 0.15, carers: 0.1, ages: BIRTH },
  'Children’s Ward': { lean: 0.3, paper: 0.2, carers: 0.85, ages: PARENTS },
  'Neonatal Unit': { replies: 19, lean: 0.45, paper: 0.15, carers: 0.98, ages: PARENTS },
  'Gynaecology Ward': { replies: 8, paper: 0.2, ages: BIRTH },
  'Community Rehabilitation Unit': { lean: 0.25, paper: 0.55, ages: OLDER },
};

/** Where each statement sits against the respondent's overall view, in answer options: some things go less well than others. */
const ITEM_OFFSET: Readonly<Record<string, number>> = {
  'px-together-1': 0.15,
  'px-together-2': -0.6,
  'px-together-3': -0.45,
  'px-together-4': 0.1,
  'px-respect-1': 0.4,
  'px-respect-2': 0.35,
  'px-respect-3': 0.2,
  'px-listened-1': 0,
  'px-listened-2': -0.1,
  'px-listened-3': -0.55,
};
/** The share who answered "Don't know": few can tell what staff told each other. */
const DONT_KNOW: Readonly<Record<string, number>> = { 'px-together-2': 0.05, 'px-together-3': 0.14, 'px-together-4': 0.06, 'px-recommend': 0.03 };

const clamp = (x: number, low: number, high: number) => Math.max(low, Math.min(high, x));

function answersOf(definition: InstrumentDefinition, rng: Rng, centre: number): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const options = (scaleId: string) => definition.scales.find((s) => s.id === scaleId)!.options;
  for (const item of definition.sections.flatMap((s) => s.items)) {
    const rows = item.type === 'grid' ? item.rows.map((r) => ({ id: r.id, scale: item.scale })) : item.type === 'scale' ? [{ id: item.id, scale: item.scale }] : [];
    for (const { id, scale } of rows) {
      if (rng.next() < 0.025) continue; // left blank
      if (rng.next() < (DONT_KNOW[id] ?? 0.01)) {
        answers[id] = null;
        continue;
      }
      const values = options(scale);
      // The 0–10 question is read on its own scale; the agreement statements on five options.
      const position = values.length > 5 ? centre * 2.5 + 0.6 + (rng.next() - 0.5) * 3 : centre + (ITEM_OFFSET[id] ?? 0) + (rng.next() - 0.5) * 1.5;
      answers[id] = values[clamp(Math.round(position), 0, values.length - 1)]!.value;
    }
  }
  return answers;
}

export async function seedDemoPatientSurvey(db: Db, organisationId: string, programmeId: string | null): Promise<string> {
  const instrument = await resolveInstrument(db, organisationId, INSTRUMENT);
  if (!instrument) throw new Error(`The built-in instrument ${INSTRUMENT} is missing`);
  const definition = instrument.definition;
  const units = await listUnits(db, organisationId);
  const id = newId();
  await insertSurvey(db, {
    id,
    organisation_id: organisationId,
    programme_id: programmeId,
    title: DEMO_PATIENT_SURVEY_TITLE,
    instrument_ref: instrument.ref,
    instrument_version: instrument.version,
    definition: JSON.stringify(definition),
    status: 'closed',
    opens_on: OPENS_ON,
    closes_on: CLOSES_ON,
    anonymity_threshold: DEFAULT_THRESHOLD,
    comment_threshold: DEFAULT_COMMENT_THRESHOLD,
    languages: JSON.stringify(['en', 'cy']),
    audience: JSON.stringify({ unitIds: [], payBands: [], staffGroups: [] }),
    // Patients are reached by an open link or on paper, never by staff invitations.
    invitations_enabled: 0,
    open_link_enabled: 1,
    paper_enabled: 1,
    open_link_code: randomBytes(12).toString('base64url'),
    audience_size: null,
    audience_categories: null,
    version: 3,
    created_at: '2026-06-22T09:30:00.000Z',
    updated_at: `${CLOSES_ON}T17:00:00.000Z`,
    launched_at: `${OPENS_ON}T08:00:00.000Z`,
    closed_at: `${CLOSES_ON}T17:00:00.000Z`,
  });
  // As launch stores a patient survey's units: the organisation, and every unit under it with
  // no staff audience, each a place a response can be filed.
  await storeFrozenUnits(db, organisationId, id, patientSurveyUnits(organisationId, units));

  // Inpatient wards, in a fixed order (unit codes; ids are random).
  const wards = units.filter((u) => u.kind === 'ward').sort((a, b) => (a.externalCode < b.externalCode ? -1 : a.externalCode > b.externalCode ? 1 : 0));
  const rng = seededRng(SEED);
  const best = [...DEMO_PATIENT_BEST];
  const better = [...DEMO_PATIENT_BETTER];
  const textIds = definition.sections.flatMap((s) => s.items.flatMap((i) => (i.type === 'text' ? [i.id] : [])));
  const days = Math.round((Date.parse(CLOSES_ON) - Date.parse(OPENS_ON)) / 86_400_000);
  const rows: SurveyResponsesTable[] = [];
  for (const ward of wards) {
    const pattern = WARDS[ward.name] ?? {};
    const lean = pattern.lean ?? (rng.next() - 0.5) * 0.7;
    const count = pattern.replies ?? rng.int(20, 35);
    for (let i = 0; i < count; i++) {
      const person = (rng.next() - 0.5) * 1.3;
      const answers = answersOf(definition, rng, 3.05 + lean + person);
      // Free text from about one in six, the praise from the happier and the suggestions from the less happy.
      const happy = lean + person > -0.1;
      if (rng.next() < 0.17) {
        const bank = happy ? best : better;
        if (bank.length) answers[textIds[happy ? 0 : 1]!] = bank.shift();
      }
      const paper = rng.next() < (pattern.paper ?? 0.3);
      const carer = rng.next() < (pattern.carers ?? 0.15);
      const profile: Record<string, unknown> = { payBand: null, staffGroup: null };
      const type = rng.next();
      if (type < 0.04) profile['respondent-type'] = PREFER_NOT_TO_SAY;
      else if (type < 0.1) {
        // left blank
      } else profile['respondent-type'] = carer ? 'carer' : 'patient';
      const age = rng.next();
      if (age < 0.04) profile['age-band'] = PREFER_NOT_TO_SAY;
      else if (age >= 0.1) profile['age-band'] = ward.name === 'Children’s Ward' && !carer ? 'age-under-16' : rng.weighted(pattern.ages ?? ADULTS);
      rows.push({
        id: newId(),
        organisation_id: organisationId,
        survey_id: id,
        unit_id: ward.id,
        channel: paper ? 'paper' : 'open_link',
        language: rng.next() < 0.02 ? 'cy' : 'en',
        submitted_on: new Date(Date.parse(OPENS_ON) + Math.floor(rng.next() * (days + 1)) * 86_400_000).toISOString().slice(0, 10),
        profile: JSON.stringify(profile),
        answers: JSON.stringify(answers),
      });
    }
  }
  // Stored in the order of their random ids, as a closed survey's are.
  rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  await insertResponses(db, rows);
  return id;
}
