// Personal invitations and reminders. A token is derived from the invitation id with the
// server's secret, and only its hash is stored; so is the single-use marker, under a
// different label. Someone holding the database alone can compute neither, so cannot tell
// which invitations were used. Reminders recompute the markers in memory and go only to
// those not yet used; no list of who has or has not answered is stored or shown.
import type { FrozenMember } from '../../../core/surveys/frozen-audience.js';
import type { Db } from '../../db/database.js';
import type { AppDeps } from '../../kernel/deps.js';
import { AppError } from '../../kernel/errors.js';
import { newId, sha256, todayIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import type { SecretKey } from '../../kernel/secret-key.js';
import { inTransaction } from '../../kernel/transaction.js';
import { recordAudit } from '../audit/index.js';
import { noteInOutbox, publicBaseUrl, queueMessages, sendUnrecorded } from '../mail/index.js';
import * as responses from './responses.repository.js';
import * as repo from './surveys.repository.js';
import type { SurveysTable } from './surveys.table.js';

export const invitationToken = (key: SecretKey, invitationId: string) => key.mac('survey-invitation-token', invitationId);
export const invitationMarker = (key: SecretKey, invitationId: string) => key.mac('survey-invitation-spent', invitationId);

export const invitationLink = (deps: AppDeps, token: string) => `${publicBaseUrl(deps.config)}/respond/i/${token}`;

function invitationMessage(survey: SurveysTable, link: string, reminder: boolean) {
  const subject = reminder ? `Reminder: ${survey.title}` : `Please share your views: ${survey.title}`;
  const body = [
    reminder ? 'There is still time to answer this survey.' : 'You are invited to answer a short survey.',
    '',
    `Survey: ${survey.title}`,
    `Open until: ${survey.closes_on}`,
    '',
    'Your answers are anonymous. They are never stored with your name or this link, and results are shown only for groups large enough that no one can be picked out.',
    '',
    `Your personal link (it works once): ${link}`,
  ].join('\n');
  return { subject, body };
}

/** Writes a launched survey's invitations and their messages, in the launch transaction. */
export async function writeInvitations(
  deps: AppDeps,
  trx: Db,
  survey: SurveysTable,
  members: readonly (FrozenMember & { email: string | null })[],
): Promise<void> {
  const sentOn = todayIso();
  const rows = members.map((m) => {
    const id = newId();
    return {
      row: {
        id,
        organisation_id: survey.organisation_id,
        survey_id: survey.id,
        person_id: m.personId,
        email: m.email,
        token_hash: sha256(invitationToken(deps.secretKey, id)),
        reporting_unit_id: m.reportingUnitId,
        pay_band: m.payBand,
        staff_group: m.staffGroup,
        sent_on: m.email ? sentOn : null,
      },
      email: m.email,
    };
  });
  await repo.insertInvitations(trx, rows.map((r) => r.row));
  await queueMessages(
    deps,
    trx,
    rows
      .filter((r) => r.email)
      .map((r) => ({
        organisationId: survey.organisation_id,
        surveyId: survey.id,
        kind: 'invitation',
        recipient: r.email!,
        ...invitationMessage(survey, invitationLink(deps, invitationToken(deps.secretKey, r.row.id)), false),
      })),
  );
}

/**
 * Reminds everyone whose invitation is unused. Reminders are sent straight to the mail server
 * and never stored: a stored list of reminder recipients would be a list of who has not
 * answered. Without a mail server they cannot be sent at all, and the outbox says so.
 */
export async function sendReminders(deps: AppDeps, actor: OrgContext, surveyId: string): Promise<{ reminded: number; notSent: number }> {
  const db = deps.database.db;
  const survey = await repo.findSurvey(db, actor.organisationId, surveyId);
  if (!survey) throw new AppError(404, 'not_found', 'There is no such survey.');
  if (survey.status !== 'open' || !survey.invitations_enabled) throw new AppError(409, 'survey_not_open', 'Reminders can only go out for an open survey with personal invitations.');
  const spent = await responses.spentMarkers(db, actor.organisationId, surveyId);
  const pending = (await repo.invitationsOf(db, actor.organisationId, surveyId)).filter((i) => i.email && !spent.has(invitationMarker(deps.secretKey, i.id)));
  let reminded = 0;
  if (deps.mailer) {
    for (const invitation of pending) {
      const { subject, body } = invitationMessage(survey, invitationLink(deps, invitationToken(deps.secretKey, invitation.id)), true);
      if (await sendUnrecorded(deps, invitation.email!, subject, body)) reminded++;
    }
  }
  await inTransaction(db, async (trx) => {
    await noteInOutbox(deps, trx, {
      organisationId: actor.organisationId,
      surveyId,
      kind: 'reminder_summary',
      recipient: `${pending.length} people who have not answered yet`,
      subject: `Reminder: ${survey.title}`,
      body: deps.mailer
        ? `Reminders went to ${reminded} of the ${pending.length} people who have not answered yet. To keep answering anonymous, who they went to is not recorded.`
        : 'No reminders were sent: reminders need a mail server (CULTIVATE_SMTP_URL), because a list of who to remind would show who has not answered, so it is never written down.',
    });
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'survey.reminded', targetType: 'survey', targetId: surveyId, detail: { pending: pending.length, reminded } });
  });
  return { reminded, notSent: pending.length - reminded };
}
