// 360 feedback on the Healthcare Leadership Model: a person asks for it, invites raters by
// group, rates themselves, and reads a report that only they and those they share it with
// can see. The report opens when the request closes, so that watching it change as each
// answer arrives cannot reveal what one rater said.
import { randomUUID } from 'node:crypto';
import { feedbackReport, RATER_GROUPS, type FeedbackReport, type RaterGroup } from '../../../core/feedback/report.js';
import { validateSubmission } from '../../../core/instruments/answers.js';
import { builtInInstrument } from '../../../core/instruments/builtins/index.js';
import type { InstrumentDefinition, Language } from '../../../core/instruments/definition.js';
import type { Db } from '../../db/database.js';
import type { AppDeps } from '../../kernel/deps.js';
import { AppError } from '../../kernel/errors.js';
import { newId, nowIso, sha256, todayIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { inTransaction } from '../../kernel/transaction.js';
import { deliverQueued, publicBaseUrl, queueMessages } from '../mail/index.js';
import * as repo from './feedback.repository.js';
import type { RequestView } from './feedback.schemas.js';
import type { FeedbackRequestsTable } from './feedback.table.js';

const raterToken = (deps: AppDeps, raterId: string) => deps.secretKey.mac('feedback-rater-token', raterId);
const raterMarker = (deps: AppDeps, raterId: string) => deps.secretKey.mac('feedback-rater-spent', raterId);
const respondPath = (token: string) => `/respond/f/${token}`;

function notFound(): AppError {
  return new AppError(404, 'not_found', 'There is no such feedback request.');
}

/** The request, if the actor is its subject or someone it is shared with; otherwise 404, as if it did not exist. */
async function visibleRequest(db: Db, actor: OrgContext, requestId: string): Promise<{ request: FeedbackRequestsTable; isMine: boolean }> {
  const request = await repo.findRequest(db, actor.organisationId, requestId);
  if (!request) throw notFound();
  const isMine = request.subject_user_id === actor.userId;
  if (!isMine && !(await repo.isSharedWith(db, requestId, actor.userId))) throw notFound();
  return { request, isMine };
}

async function ownRequest(db: Db, actor: OrgContext, requestId: string): Promise<FeedbackRequestsTable> {
  const { request, isMine } = await visibleRequest(db, actor, requestId);
  if (!isMine) throw new AppError(403, 'not_yours', 'Only the person the feedback is about can change this request.');
  return request;
}

function invitationMessage(deps: AppDeps, subjectName: string, closesOn: string, token: string) {
  return {
    subject: `${subjectName} would value your feedback`,
    body: [
      `${subjectName} has asked for 360 feedback on how they lead, using the NHS Healthcare Leadership Model.`,
      `It takes about 15 minutes. Please answer by ${closesOn}.`,
      '',
      'Your answers are combined with others in your group. Groups of fewer than three are not shown, so your answers cannot be picked out (a line manager’s answers are shown on their own, and labelled as such).',
      '',
      `Your personal link (it works once): ${publicBaseUrl(deps.config)}${respondPath(token)}`,
    ].join('\n'),
  };
}

async function addRaters(deps: AppDeps, trx: Db, request: FeedbackRequestsTable, raters: readonly { group: RaterGroup; email: string }[]): Promise<void> {
  const existing = await repo.ratersOf(trx, request.organisation_id, request.id);
  const emails = new Set(existing.map((r) => r.email));
  const duplicates = raters.filter((r, i) => emails.has(r.email) || raters.findIndex((x) => x.email === r.email) !== i);
  if (duplicates.length) throw new AppError(422, 'validation_failed', 'Check the raters', [{ path: 'raters', message: `${duplicates[0]!.email} is already invited` }]);
  const managers = [...existing, ...raters.map((r) => ({ rater_group: r.group }))].filter((r) => r.rater_group === 'line_manager');
  if (managers.length > 1) throw new AppError(422, 'validation_failed', 'Check the raters', [{ path: 'raters', message: 'Invite one line manager at most' }]);
  const rows = raters.map((r) => {
    const id = newId();
    return { id, organisation_id: request.organisation_id, request_id: request.id, rater_group: r.group, email: r.email, token_hash: sha256(raterToken(deps, id)), sent_on: todayIso() };
  });
  await repo.insertRaters(trx, rows);
  await queueMessages(
    deps,
    trx,
    rows
      .filter((r) => r.rater_group !== 'self')
      .map((r) => ({ organisationId: request.organisation_id, surveyId: null, kind: 'feedback_invitation', recipient: r.email, ...invitationMessage(deps, request.subject_name, request.closes_on, raterToken(deps, r.id)) })),
  );
}

async function present(deps: AppDeps, request: FeedbackRequestsTable, isMine: boolean): Promise<RequestView> {
  const db = deps.database.db;
  const [raters, responses, shares] = await Promise.all([
    repo.ratersOf(db, request.organisation_id, request.id),
    repo.responsesOf(db, request.organisation_id, request.id),
    isMine ? repo.sharesOf(db, request.organisation_id, request.id) : Promise.resolve(null),
  ]);
  const self = raters.find((r) => r.rater_group === 'self');
  const selfPending = request.status === 'open' && self && !(await repo.isSpent(db, request.id, raterMarker(deps, self.id)));
  return {
    id: request.id,
    subjectName: request.subject_name,
    status: request.status as RequestView['status'],
    closesOn: request.closes_on,
    createdAt: request.created_at,
    isMine,
    groups: RATER_GROUPS.map((group) => ({ group, invited: raters.filter((r) => r.rater_group === group).length, answered: responses.filter((r) => r.rater_group === group).length })),
    selfLinkPath: isMine && selfPending ? respondPath(raterToken(deps, self.id)) : null,
    sharedWith: shares ? shares.map((s) => ({ userId: s.id, name: s.display_name, email: s.email })) : null,
  };
}

export async function createRequest(deps: AppDeps, actor: OrgContext, input: { closesOn: string; raters: { group: Exclude<RaterGroup, 'self'>; email: string }[] }): Promise<RequestView> {
  if (input.closesOn <= todayIso()) throw new AppError(422, 'validation_failed', 'Check the request', [{ path: 'closesOn', message: 'The closing date must be in the future' }]);
  const definition = builtInInstrument('hlm-360')!;
  const me = await repo.userName(deps.database.db, actor.userId);
  if (!me) throw notFound();
  const request: FeedbackRequestsTable = {
    id: newId(),
    organisation_id: actor.organisationId,
    subject_user_id: actor.userId,
    subject_name: me.display_name,
    definition: JSON.stringify(definition),
    status: 'open',
    closes_on: input.closesOn,
    created_at: nowIso(),
    closed_at: null,
  };
  await inTransaction(deps.database.db, async (trx) => {
    await repo.insertRequest(trx, request);
    await addRaters(deps, trx, request, [{ group: 'self', email: me.email.toLowerCase() }, ...input.raters.filter((r) => r.email !== me.email.toLowerCase())]);
  });
  void deliverQueued(deps);
  return present(deps, request, true);
}

export async function listRequests(deps: AppDeps, actor: OrgContext) {
  const db = deps.database.db;
  const [mine, shared] = await Promise.all([repo.requestsOfSubject(db, actor.organisationId, actor.userId), repo.requestsSharedWith(db, actor.organisationId, actor.userId)]);
  return { mine: await Promise.all(mine.map((r) => present(deps, r, true))), sharedWithMe: await Promise.all(shared.map((r) => present(deps, r, false))) };
}

export async function getRequest(deps: AppDeps, actor: OrgContext, requestId: string): Promise<RequestView> {
  const { request, isMine } = await visibleRequest(deps.database.db, actor, requestId);
  return present(deps, request, isMine);
}

export async function inviteMore(deps: AppDeps, actor: OrgContext, requestId: string, raters: { group: Exclude<RaterGroup, 'self'>; email: string }[]): Promise<RequestView> {
  const request = await ownRequest(deps.database.db, actor, requestId);
  if (request.status !== 'open') throw new AppError(409, 'request_closed', 'This feedback request has closed.');
  await inTransaction(deps.database.db, (trx) => addRaters(deps, trx, request, raters));
  void deliverQueued(deps);
  return present(deps, request, true);
}

export async function closeRequest(deps: AppDeps, actor: OrgContext, requestId: string): Promise<RequestView> {
  const request = await ownRequest(deps.database.db, actor, requestId);
  if (request.status !== 'open') throw new AppError(409, 'request_closed', 'This feedback request has already closed.');
  const at = nowIso();
  await inTransaction(deps.database.db, (trx) => repo.closeRequest(trx, actor.organisationId, requestId, at));
  return present(deps, { ...request, status: 'closed', closed_at: at }, true);
}

export async function shareRequest(deps: AppDeps, actor: OrgContext, requestId: string, email: string): Promise<RequestView> {
  const request = await ownRequest(deps.database.db, actor, requestId);
  const member = await repo.memberByEmail(deps.database.db, actor.organisationId, email);
  if (!member) throw new AppError(422, 'validation_failed', 'Check the email address', [{ path: 'email', message: 'Nobody in this organisation has that email address' }]);
  if (member.id === actor.userId) throw new AppError(422, 'validation_failed', 'Check the email address', [{ path: 'email', message: 'This is your own report already' }]);
  await repo.addShare(deps.database.db, actor.organisationId, requestId, member.id, nowIso());
  return present(deps, request, true);
}

export async function unshareRequest(deps: AppDeps, actor: OrgContext, requestId: string, userId: string): Promise<RequestView> {
  const request = await ownRequest(deps.database.db, actor, requestId);
  await repo.removeShare(deps.database.db, actor.organisationId, requestId, userId);
  return present(deps, request, true);
}

export async function report(deps: AppDeps, actor: OrgContext, requestId: string): Promise<FeedbackReport & { subjectName: string }> {
  const { request } = await visibleRequest(deps.database.db, actor, requestId);
  if (request.status !== 'closed' && request.closes_on >= todayIso()) {
    throw new AppError(409, 'report_not_ready', `The report opens when the request closes (on ${request.closes_on}, or sooner if closed early), so no single answer can be picked out as it arrives.`);
  }
  const definition = JSON.parse(request.definition) as InstrumentDefinition;
  const responses = await repo.responsesOf(deps.database.db, request.organisation_id, request.id);
  return { subjectName: request.subject_name, ...feedbackReport(definition, responses.map((r) => ({ group: r.rater_group as RaterGroup, answers: JSON.parse(r.answers) as Record<string, unknown> }))) };
}

// --- The rater's side: no account, only the personal link. ---

function unavailable(): AppError {
  return new AppError(410, 'feedback_unavailable', 'This feedback link cannot be used. The request may have closed, or this link may already have been used.');
}

async function raterContext(deps: AppDeps, token: string) {
  const rater = await repo.findRaterByTokenHash(deps.database.db, sha256(token));
  if (!rater) throw unavailable();
  const request = await repo.findRequestById(deps.database.db, rater.request_id);
  if (!request || request.status !== 'open' || request.closes_on < todayIso()) throw unavailable();
  if (await repo.isSpent(deps.database.db, request.id, raterMarker(deps, rater.id))) throw new AppError(409, 'already_submitted', 'Your feedback has already been sent. Thank you.');
  return { rater, request, definition: JSON.parse(request.definition) as InstrumentDefinition };
}

export async function raterView(deps: AppDeps, token: string) {
  const { rater, request, definition } = await raterContext(deps, token);
  return { subjectName: request.subject_name, closesOn: request.closes_on, group: rater.rater_group as RaterGroup, languages: definition.languages, instrument: definition };
}

export async function submitFeedback(deps: AppDeps, token: string, input: { language: Language; answers: Record<string, unknown>; demographics: Record<string, unknown> }): Promise<void> {
  const { rater, request, definition } = await raterContext(deps, token);
  const checked = validateSubmission(definition, { answers: input.answers, demographics: input.demographics }, input.language);
  if (!checked.ok) throw new AppError(422, 'validation_failed', 'There is a problem with your answers', checked.errors.map((e) => ({ path: e.field, message: e.message })));
  await inTransaction(deps.database.db, async (trx) => {
    if (!(await repo.spendMarker(trx, request.organisation_id, request.id, raterMarker(deps, rater.id)))) {
      throw new AppError(409, 'already_submitted', 'Your feedback has already been sent. Thank you.');
    }
    // The group comes from the invitation, not from what the rater says about themselves.
    await repo.insertResponse(trx, {
      id: randomUUID(),
      organisation_id: request.organisation_id,
      request_id: request.id,
      rater_group: rater.rater_group,
      language: input.language,
      submitted_on: todayIso(),
      answers: JSON.stringify(checked.value.answers),
    });
  });
}
