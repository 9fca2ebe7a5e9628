// Taking in responses: by personal link, by open link, or typed in from paper. Each is checked
// against the frozen instrument, then stored with a single-use marker in one transaction, so
// a crash stores all or nothing. The stored response holds the filing unit, the frozen
// profile, the answers and the date, and nothing that leads back to a person.
import { randomUUID } from 'node:crypto';
import { validateSubmission } from '../../../core/instruments/answers.js';
import type { Language } from '../../../core/instruments/definition.js';
import type { Db } from '../../db/database.js';
import type { AppDeps } from '../../kernel/deps.js';
import { AppError } from '../../kernel/errors.js';
import { sha256, todayIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { inTransaction } from '../../kernel/transaction.js';
import { recordAudit } from '../audit/index.js';
import { invitationMarker } from './invitations.service.js';
import * as responses from './responses.repository.js';
import * as repo from './surveys.repository.js';
import { frozenSurvey, type FrozenSurvey } from './frozen-definitions.js';
import type { RespondingSurvey } from './surveys.repository.js';

export type Channel = 'invitation' | 'open_link' | 'paper';

interface SubmissionInput {
  language: Language;
  answers: Record<string, unknown>;
  demographics: Record<string, unknown>;
}


/** Same words whatever the reason a link cannot be used, so a refusal reveals nothing else. */
function notAvailable(): AppError {
  return new AppError(410, 'survey_unavailable', 'This survey link cannot be used. The survey may have closed, or this link may already have been used.');
}

async function assertOpen(db: Db, survey: RespondingSurvey): Promise<FrozenSurvey> {
  const on = todayIso();
  const frozen = survey.status === 'draft' ? null : await frozenSurvey(db, survey);
  if (!frozen || on < survey.opens_on) throw new AppError(410, 'survey_not_open_yet', `This survey opens on ${survey.opens_on}.`);
  if (survey.status !== 'open' || on > survey.closes_on) throw new AppError(410, 'survey_closed', 'This survey has closed. Thank you for your interest.');
  return frozen;
}

function validate({ definition, languages }: FrozenSurvey, input: SubmissionInput) {
  if (!languages.includes(input.language)) {
    throw new AppError(422, 'validation_failed', 'There is a problem with your answers', [{ path: 'language', message: 'This survey is not offered in that language' }]);
  }
  const result = validateSubmission(definition, { answers: input.answers, demographics: input.demographics }, input.language);
  if (!result.ok) {
    throw new AppError(422, 'validation_failed', 'There is a problem with your answers', result.errors.map((e) => ({ path: e.field, message: e.message })));
  }
  return result.value;
}

async function store(
  trx: Db,
  survey: RespondingSurvey,
  marker: string,
  row: { unitId: string; channel: Channel; language: Language; profile: Record<string, unknown>; answers: unknown },
): Promise<void> {
  if (!(await responses.spendMarker(trx, survey.organisation_id, survey.id, marker))) {
    throw new AppError(409, 'already_submitted', 'These answers have already been sent. Thank you.');
  }
  await responses.insertResponse(trx, {
    id: randomUUID(),
    organisation_id: survey.organisation_id,
    survey_id: survey.id,
    unit_id: row.unitId,
    channel: row.channel,
    language: row.language,
    submitted_on: todayIso(),
    profile: JSON.stringify(row.profile),
    answers: JSON.stringify(row.answers),
  });
}

async function requireFilingUnit(db: Db, survey: RespondingSurvey, unitId: string): Promise<void> {
  const units = await repo.surveyUnits(db, survey.organisation_id, survey.id);
  if (!units.some((u) => u.unit_id === unitId && u.files_responses === 1)) {
    throw new AppError(422, 'validation_failed', 'There is a problem with your answers', [{ path: 'unitId', message: 'Choose your team or department from the list' }]);
  }
}

async function invitationFor(db: Db, token: string) {
  const invitation = await repo.findInvitationByTokenHash(db, sha256(token));
  if (!invitation) throw notAvailable();
  const survey = await repo.findSurveyForResponding(db, invitation.organisation_id, invitation.survey_id);
  if (!survey) throw notAvailable();
  return { invitation, survey };
}

export async function submitByInvitation(deps: AppDeps, token: string, input: SubmissionInput): Promise<void> {
  const db = deps.database.db;
  const { invitation, survey } = await invitationFor(db, token);
  const value = validate(await assertOpen(db, survey), input);
  await inTransaction(db, (trx) =>
    store(trx, survey, invitationMarker(deps.secretKey, invitation.id), {
      unitId: invitation.reporting_unit_id,
      channel: 'invitation',
      language: input.language,
      profile: { payBand: invitation.pay_band, staffGroup: invitation.staff_group, ...value.demographics },
      answers: value.answers,
    }),
  );
}

export async function openSurvey(deps: AppDeps, code: string) {
  const survey = await repo.findSurveyByOpenCode(deps.database.db, code);
  if (!survey || !survey.open_link_enabled) throw notAvailable();
  return survey;
}

export async function submitByOpenLink(deps: AppDeps, code: string, input: SubmissionInput & { unitId: string; submissionKey: string }): Promise<void> {
  const db = deps.database.db;
  const survey = await openSurvey(deps, code);
  const value = validate(await assertOpen(db, survey), input);
  await requireFilingUnit(db, survey, input.unitId);
  await inTransaction(db, (trx) =>
    store(trx, survey, deps.secretKey.mac('survey-open-spent', input.submissionKey), {
      unitId: input.unitId,
      channel: 'open_link',
      language: input.language,
      profile: { payBand: null, staffGroup: null, ...value.demographics },
      answers: value.answers,
    }),
  );
}

async function paperSurvey(db: Db, actor: OrgContext, surveyId: string): Promise<RespondingSurvey> {
  const survey = await repo.findSurveyForResponding(db, actor.organisationId, surveyId);
  if (!survey) throw new AppError(404, 'not_found', 'There is no such survey.');
  if (!survey.paper_enabled) throw new AppError(409, 'paper_not_enabled', 'This survey does not take paper responses.');
  return survey;
}

/** What the change team needs to type in paper forms: the survey's questions and the units to file under. */
export async function paperForm(deps: AppDeps, actor: OrgContext, surveyId: string) {
  return respondentView(deps, await paperSurvey(deps.database.db, actor, surveyId), true);
}

/** A paper form typed in by the change team. Audited as an event, never with the answers. */
export async function submitPaper(deps: AppDeps, actor: OrgContext, surveyId: string, input: SubmissionInput & { unitId: string }): Promise<void> {
  const db = deps.database.db;
  const survey = await paperSurvey(db, actor, surveyId);
  const value = validate(await assertOpen(db, survey), input);
  await requireFilingUnit(db, survey, input.unitId);
  await inTransaction(db, async (trx) => {
    await store(trx, survey, deps.secretKey.mac('survey-paper-spent', randomUUID()), {
      unitId: input.unitId,
      channel: 'paper',
      language: input.language,
      profile: { payBand: null, staffGroup: null, ...value.demographics },
      answers: value.answers,
    });
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'survey.paper_response', targetType: 'survey', targetId: surveyId });
  });
}

/** What a respondent's page needs: the frozen instrument, languages, and (open link) the units to choose from. */
export async function respondentView(deps: AppDeps, survey: RespondingSurvey, withUnits: boolean) {
  const { definition, languages } = await assertOpen(deps.database.db, survey);
  const units = withUnits
    ? (await repo.surveyUnits(deps.database.db, survey.organisation_id, survey.id)).filter((u) => u.files_responses === 1).map((u) => ({ id: u.unit_id, name: u.name }))
    : [];
  return {
    title: survey.title,
    closesOn: survey.closes_on,
    anonymityThreshold: survey.anonymity_threshold,
    languages,
    instrument: definition,
    units,
  };
}

export async function respondentViewByToken(deps: AppDeps, token: string) {
  const { invitation, survey } = await invitationFor(deps.database.db, token);
  if (await responses.isSpent(deps.database.db, survey.organisation_id, survey.id, invitationMarker(deps.secretKey, invitation.id))) throw new AppError(409, 'already_submitted', 'These answers have already been sent. Thank you.');
  return respondentView(deps, survey, false);
}
