// A survey's life: drafted, launched (audience, unit tree and staff-record profiles frozen,
// invitations written), closed. Rules that need no database live in core/surveys.
import { randomBytes } from 'node:crypto';
import { audienceCategories } from '../../../core/surveys/audience-categories.js';
import { freezeAudience, type AudienceMember, type FrozenUnit } from '../../../core/surveys/frozen-audience.js';
import type { Db } from '../../db/database.js';
import type { AppDeps } from '../../kernel/deps.js';
import { AppError } from '../../kernel/errors.js';
import { newId, nowIso, todayIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { inTransaction } from '../../kernel/transaction.js';
import { recordAudit } from '../audit/index.js';
import { deliverQueued } from '../mail/index.js';
import { audienceCandidates } from '../staff/index.js';
import { listUnits } from '../units/index.js';
import { resolveInstrument } from './instrument-catalogue.js';
import { writeInvitations } from './invitations.service.js';
import * as responses from './responses.repository.js';
import * as repo from './surveys.repository.js';
import { DEFAULT_COMMENT_THRESHOLD, type AudienceSpec, type CreateSurveyInput, type SurveyView } from './surveys.schemas.js';
import type { SurveysTable } from './surveys.table.js';


function toView(row: SurveysTable, instrumentTitle: string): SurveyView {
  return {
    id: row.id,
    title: row.title,
    instrumentRef: row.instrument_ref,
    instrumentVersion: row.instrument_version,
    instrumentTitle,
    programmeId: row.programme_id,
    status: row.status as SurveyView['status'],
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    anonymityThreshold: row.anonymity_threshold,
    commentThreshold: row.comment_threshold,
    languages: JSON.parse(row.languages) as SurveyView['languages'],
    audience: JSON.parse(row.audience) as AudienceSpec,
    modes: { invitations: row.invitations_enabled === 1, openLink: row.open_link_enabled === 1, paper: row.paper_enabled === 1 },
    openLinkPath: row.open_link_code ? `/respond/open/${row.open_link_code}` : null,
    openLinkUrl: null,
    audienceSize: row.audience_size,
    version: row.version,
    launchedAt: row.launched_at,
    closedAt: row.closed_at,
  };
}

async function present(db: Db, row: SurveysTable): Promise<SurveyView> {
  const frozen = row.definition ? (JSON.parse(row.definition) as { title: { en: string } }) : null;
  const title = frozen?.title.en ?? (await resolveInstrument(db, row.organisation_id, row.instrument_ref))?.definition.title.en ?? row.instrument_ref;
  return toView(row, title);
}

export async function listSurveys(db: Db, organisationId: string): Promise<SurveyView[]> {
  return Promise.all((await repo.listSurveys(db, organisationId)).map((row) => present(db, row)));
}

export async function requireSurvey(db: Db, organisationId: string, surveyId: string): Promise<SurveysTable> {
  const row = await repo.findSurvey(db, organisationId, surveyId);
  if (!row) throw new AppError(404, 'not_found', 'There is no such survey.');
  return row;
}

export async function getSurvey(db: Db, organisationId: string, surveyId: string): Promise<SurveyView> {
  return present(db, await requireSurvey(db, organisationId, surveyId));
}

export async function createSurvey(db: Db, actor: OrgContext, input: CreateSurveyInput): Promise<SurveyView> {
  const instrument = await resolveInstrument(db, actor.organisationId, input.instrumentRef);
  if (!instrument) throw new AppError(422, 'validation_failed', 'Check the survey', [{ path: 'instrumentRef', message: 'Choose an instrument from the library' }]);
  const unsupported = input.languages.filter((l) => !instrument.definition.languages.includes(l));
  if (unsupported.length)
    throw new AppError(422, 'validation_failed', 'Check the survey', [{ path: 'languages', message: `This instrument is not available in: ${unsupported.join(', ')}` }]);
  const forPatients = instrument.definition.audience === 'patients';
  if (forPatients && input.modes.invitations)
    throw new AppError(422, 'validation_failed', 'Check the survey', [{ path: 'modes', message: 'Patients are reached by an open link or on paper, not by staff invitations' }]);
  const now = nowIso();
  const row: SurveysTable = {
    id: newId(),
    organisation_id: actor.organisationId,
    programme_id: input.programmeId,
    title: input.title,
    instrument_ref: instrument.ref,
    instrument_version: instrument.version,
    definition: null,
    status: 'draft',
    opens_on: input.opensOn,
    closes_on: input.closesOn,
    anonymity_threshold: input.anonymityThreshold,
    comment_threshold: input.commentThreshold ?? Math.max(DEFAULT_COMMENT_THRESHOLD, input.anonymityThreshold),
    languages: JSON.stringify(input.languages),
    audience: JSON.stringify(input.audience),
    invitations_enabled: input.modes.invitations ? 1 : 0,
    open_link_enabled: input.modes.openLink ? 1 : 0,
    paper_enabled: input.modes.paper ? 1 : 0,
    open_link_code: null,
    audience_size: null,
    version: 1,
    created_at: now,
    updated_at: now,
    launched_at: null,
    closed_at: null,
  };
  await inTransaction(db, async (trx) => {
    await repo.insertSurvey(trx, row);
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'survey.created', targetType: 'survey', targetId: row.id });
  });
  return toView(row, instrument.definition.title.en);
}

function conflict(): AppError {
  return new AppError(409, 'edit_conflict', 'Someone else changed this survey since you opened it. Reload it and try again.');
}

/** The survey's unit tree as it stood at launch, with who files where. */
export async function storeFrozenUnits(db: Db, organisationId: string, surveyId: string, units: readonly FrozenUnit[]): Promise<void> {
  await repo.insertSurveyUnits(db, units.map((u) => ({
    organisation_id: organisationId,
    survey_id: surveyId,
    unit_id: u.id,
    parent_id: u.parentId,
    name: u.name,
    external_code: u.externalCode,
    own_audience: u.ownAudience,
    subtree_audience: u.subtreeAudience,
    files_responses: u.filesResponses ? 1 : 0,
    filed_audience: u.filedAudience,
  })));
}

/** The people a survey reaches: everyone in the chosen units' subtrees, narrowed by band and staff group. */
export async function selectAudience(db: Db, organisationId: string, spec: AudienceSpec) {
  const [units, people] = await Promise.all([listUnits(db, organisationId), audienceCandidates(db, organisationId)]);
  let inScope: Set<string> | null = null;
  if (spec.unitIds.length) {
    const known = new Set(units.map((u) => u.id));
    const missing = spec.unitIds.filter((id) => !known.has(id));
    if (missing.length) throw new AppError(422, 'validation_failed', 'Check the audience', [{ path: 'audience.unitIds', message: 'One or more chosen units no longer exist' }]);
    const children = new Map<string, string[]>();
    for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
    inScope = new Set();
    const stack = [...spec.unitIds];
    while (stack.length) {
      const id = stack.pop()!;
      if (inScope.has(id)) continue;
      inScope.add(id);
      stack.push(...(children.get(id) ?? []));
    }
  }
  const bands = new Set(spec.payBands);
  const groups = new Set(spec.staffGroups);
  const chosen = people.filter(
    (p) => (!inScope || inScope.has(p.unit_id)) && (!bands.size || (p.pay_band !== null && bands.has(p.pay_band))) && (!groups.size || (p.staff_group !== null && groups.has(p.staff_group))),
  );
  return { units, people: chosen };
}

/** A patient survey's units as launch stores them: the organisation and every unit under it, each a place a response can be filed, with no staff audience behind any (patients are not on the staff list). */
export function patientSurveyUnits(organisationId: string, units: readonly { id: string; parentId: string | null; name: string; externalCode: string }[]) {
  const none = { ownAudience: 0, subtreeAudience: 0, filesResponses: true, filedAudience: 0 };
  return [
    { id: organisationId, name: 'Whole organisation', parentId: null, externalCode: '', ...none },
    ...units.map((u) => ({ id: u.id, name: u.name, parentId: u.parentId ?? organisationId, externalCode: u.externalCode, ...none })),
  ];
}

export async function launchSurvey(deps: AppDeps, actor: OrgContext, surveyId: string, version: number): Promise<SurveyView> {
  const db = deps.database.db;
  const row = await inTransaction(db, async (trx) => {
    const survey = await requireSurvey(trx, actor.organisationId, surveyId);
    if (survey.status !== 'draft') throw new AppError(409, 'survey_not_draft', 'This survey has already been launched.');
    if (survey.version !== version) throw conflict();
    if (survey.closes_on < todayIso()) throw new AppError(422, 'validation_failed', 'Check the dates', [{ path: 'closesOn', message: 'The closing date has passed; choose a later one' }]);
    const instrument = await resolveInstrument(trx, actor.organisationId, survey.instrument_ref);
    if (!instrument) throw new AppError(409, 'instrument_missing', 'The instrument this survey uses is no longer available.');

    const forPatients = instrument.definition.audience === 'patients';
    const organisation = { id: actor.organisationId, name: 'Whole organisation' };
    const { units, people } = await selectAudience(trx, actor.organisationId, JSON.parse(survey.audience) as AudienceSpec);
    const audienceUnits = units.map((u) => ({ id: u.id, parentId: u.parentId, name: u.name, externalCode: u.externalCode }));
    // Patients are not on the staff list: every unit can be chosen, with no staff audience behind it.
    const members: AudienceMember[] = forPatients ? [] : people.map((p) => ({ personId: p.id, unitId: p.unit_id, payBand: p.pay_band, staffGroup: p.staff_group }));
    const frozen = forPatients ? null : freezeAudience(organisation, audienceUnits, members, survey.anonymity_threshold);
    if (frozen && !frozen.ok) {
      throw new AppError(422, 'audience_too_small', frozen.reason === 'empty'
        ? 'Nobody on the staff list matches this audience.'
        : `This audience has ${frozen.audienceSize} people, fewer than the anonymity threshold of ${survey.anonymity_threshold}. Widen the audience or lower the threshold (never below 5).`);
    }
    const surveyUnits = frozen?.ok ? frozen.units : patientSurveyUnits(actor.organisationId, audienceUnits);
    await storeFrozenUnits(trx, actor.organisationId, survey.id, surveyUnits);
    if (survey.invitations_enabled && frozen?.ok) {
      const emails = new Map(people.map((p) => [p.id, p.work_email]));
      await writeInvitations(deps, trx, survey, frozen.members.map((m) => ({ ...m, email: emails.get(m.personId) ?? null })));
    }
    const now = nowIso();
    const changes: Partial<SurveysTable> = {
      status: 'open',
      definition: JSON.stringify(instrument.definition),
      instrument_version: instrument.version,
      audience_size: frozen?.ok ? frozen.members.length : null,
      audience_categories: frozen?.ok ? JSON.stringify(audienceCategories(frozen.members)) : null,
      open_link_code: survey.open_link_enabled ? randomBytes(12).toString('base64url') : null,
      launched_at: now,
      updated_at: now,
    };
    if (!(await repo.updateSurvey(trx, actor.organisationId, survey.id, version, changes))) throw conflict();
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'survey.launched', targetType: 'survey', targetId: survey.id, detail: { audienceSize: changes.audience_size } });
    return { ...survey, ...changes, version: version + 1 };
  });
  void deliverQueued(deps);
  return present(db, row);
}

export async function closeSurvey(deps: AppDeps, actor: OrgContext, surveyId: string, version: number): Promise<SurveyView> {
  const db = deps.database.db;
  const row = await inTransaction(db, async (trx) => {
    const survey = await requireSurvey(trx, actor.organisationId, surveyId);
    if (survey.status !== 'open') throw new AppError(409, 'survey_not_open', survey.status === 'draft' ? 'This survey has not been launched.' : 'This survey is already closed.');
    if (survey.version !== version) throw conflict();
    const now = nowIso();
    const changes: Partial<SurveysTable> = { status: 'closed', closed_at: now, updated_at: now };
    if (!(await repo.updateSurvey(trx, actor.organisationId, survey.id, version, changes))) throw conflict();
    // No more submissions can arrive, so the markers have done their job; dropping them
    // removes the last trace of which invitations were used.
    await responses.deleteSpentMarkers(trx, actor.organisationId, survey.id);
    if (deps.database.engine === 'postgres') await responses.reorderResponsesById(trx, actor.organisationId, survey.id);
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'survey.closed', targetType: 'survey', targetId: survey.id });
    return { ...survey, ...changes, version: version + 1 };
  });
  return present(db, row);
}
