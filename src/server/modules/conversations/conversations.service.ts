// Culture focus groups and board interviews: planned against the programme's guide (whose
// questions are kept with the session, so its notes keep their questions if the guide is edited
// later), consent recorded before any notes are kept, notes typed, pasted or imported from a
// file as excerpts per question, and read redacted by everyone but the facilitator and the
// note's author. Every edit names the version it read, so nothing is silently overwritten.
import { can } from '../../../core/access/policy.js';
import { isRole, type Role } from '../../../core/access/roles.js';
import type { GuideKind, GuideQuestion } from '../../../core/qualitative/guide.js';
import { importNotes as readNotes } from '../../../core/qualitative/notes-import.js';
import { NotesImportError } from '../../../core/qualitative/notes-error.js';
import type { Db } from '../../db/database.js';
import { AppError, notFound, unprocessable, type FieldError } from '../../kernel/errors.js';
import { newId, nowIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { inTransaction } from '../../kernel/transaction.js';
import { recordAudit, type AuditAction } from '../audit/index.js';
import { listMembers } from '../users/index.js';
import { codingsByExcerpt, presentCoding, suggestionsFor } from './coding.service.js';
import type { ConversationsTable } from './conversations.table.js';
import * as repo from './conversations.repository.js';
import type { ConversationSummary, ConversationView } from './conversations.schemas.js';
import { redacted, redactorFor } from './excerpt-text.js';
import { assertProgramme, guideOf } from './guides.service.js';

export interface ConversationFields {
  title?: string;
  heldOn?: string | null;
  location?: string;
  mobile?: boolean;
  facilitatorUserId?: string | null;
  staffGroup?: string | null;
  bandFrom?: string | null;
  bandTo?: string | null;
  site?: string | null;
  boardRole?: string | null;
  participants?: number | null;
}

type Row = ConversationsTable;

const audit = (db: Db, actor: OrgContext, action: AuditAction, conversationId: string, detail?: Record<string, unknown>) =>
  recordAudit(db, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action, targetType: 'conversation', targetId: conversationId, ...(detail ? { detail } : {}) });

const questionsOf = (row: Row): GuideQuestion[] => JSON.parse(row.guide) as GuideQuestion[];

async function memberNames(db: Db, organisationId: string): Promise<Map<string, string>> {
  return new Map((await listMembers(db, organisationId)).map((m) => [m.id, m.display_name]));
}

/** Who can facilitate: members allowed to keep notes, since the facilitator reads them as written. Sorted by name. */
export async function facilitators(db: Db, organisationId: string, programmeId: string): Promise<{ id: string; displayName: string }[]> {
  await assertProgramme(db, organisationId, programmeId);
  return programmeTeam(db, organisationId);
}

async function programmeTeam(db: Db, organisationId: string): Promise<{ id: string; displayName: string }[]> {
  const roles = new Map<string, { displayName: string; roles: Role[] }>();
  for (const m of await listMembers(db, organisationId)) {
    const entry = roles.get(m.id) ?? { displayName: m.display_name, roles: [] };
    if (isRole(m.role)) entry.roles.push(m.role);
    roles.set(m.id, entry);
  }
  return [...roles]
    .filter(([userId, m]) => can({ userId, roles: m.roles }, 'conversations.write'))
    .map(([id, m]) => ({ id, displayName: m.displayName }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
}

function summary(row: Row, names: ReadonlyMap<string, string>, counts: { excerpts: number; coded: number } | undefined): ConversationSummary {
  const facilitator = row.facilitator_user_id ? { userId: row.facilitator_user_id, name: names.get(row.facilitator_user_id) ?? 'A former member' } : null;
  return {
    id: row.id,
    kind: row.kind as GuideKind,
    title: row.title,
    heldOn: row.held_on,
    location: row.location,
    mobile: row.mobile === 1,
    facilitator,
    staffGroup: row.staff_group,
    bandFrom: row.band_from,
    bandTo: row.band_to,
    site: row.site,
    boardRole: row.board_role,
    participants: row.participants,
    consent: row.consent_at ? { at: row.consent_at, note: row.consent_note } : null,
    excerpts: counts?.excerpts ?? 0,
    coded: counts?.coded ?? 0,
    version: row.version,
  };
}

async function checkFields(db: Db, organisationId: string, fields: ConversationFields): Promise<void> {
  const errors: FieldError[] = [];
  if (fields.facilitatorUserId && !(await programmeTeam(db, organisationId)).some((f) => f.id === fields.facilitatorUserId)) {
    errors.push({ path: 'facilitatorUserId', message: 'Choose someone on the programme team: only they can read the notes as written' });
  }
  if (errors.length) throw unprocessable('validation_failed', 'Check the session', errors);
}

const columns = (fields: ConversationFields): Partial<Row> => ({
  ...(fields.title !== undefined ? { title: fields.title } : {}),
  ...(fields.heldOn !== undefined ? { held_on: fields.heldOn } : {}),
  ...(fields.location !== undefined ? { location: fields.location } : {}),
  ...(fields.mobile !== undefined ? { mobile: fields.mobile ? 1 : 0 } : {}),
  ...(fields.facilitatorUserId !== undefined ? { facilitator_user_id: fields.facilitatorUserId } : {}),
  ...(fields.staffGroup !== undefined ? { staff_group: fields.staffGroup || null } : {}),
  ...(fields.bandFrom !== undefined ? { band_from: fields.bandFrom || null } : {}),
  ...(fields.bandTo !== undefined ? { band_to: fields.bandTo || null } : {}),
  ...(fields.site !== undefined ? { site: fields.site || null } : {}),
  ...(fields.boardRole !== undefined ? { board_role: fields.boardRole || null } : {}),
  ...(fields.participants !== undefined ? { participants: fields.participants } : {}),
});

export async function listConversations(db: Db, organisationId: string, programmeId: string, kind?: GuideKind): Promise<ConversationSummary[]> {
  await assertProgramme(db, organisationId, programmeId);
  const [rows, names, counts] = await Promise.all([repo.listConversations(db, organisationId, programmeId, kind), memberNames(db, organisationId), repo.excerptCounts(db, organisationId, programmeId)]);
  return rows.map((r) => summary(r, names, counts.get(r.id)));
}

async function conversationRow(db: Db, organisationId: string, programmeId: string, id: string): Promise<Row> {
  const row = await repo.findConversation(db, organisationId, programmeId, id);
  if (!row) throw notFound('The session');
  return row;
}

export async function getConversation(db: Db, actor: OrgContext, programmeId: string, id: string): Promise<ConversationView> {
  const row = await conversationRow(db, actor.organisationId, programmeId, id);
  const [names, excerpts, redactor] = await Promise.all([memberNames(db, actor.organisationId), repo.excerptsOf(db, actor.organisationId, id), redactorFor(db, actor.organisationId, actor.dataVersion)]);
  const codings = await codingsByExcerpt(db, actor.organisationId, excerpts.map((e) => e.id));
  const viewerIsFacilitator = row.facilitator_user_id === actor.userId;
  const texts = excerpts.map((e) => redacted(e.text, redactor));
  const uncoded = excerpts.flatMap((e, i) => (codings.get(e.id)?.first ? [] : [{ id: e.id, text: texts[i]! }]));
  const suggestions = await suggestionsFor(db, actor.organisationId, actor.dataVersion, uncoded);
  const coded = excerpts.filter((e) => codings.get(e.id)?.first).length;
  return {
    ...summary(row, names, { excerpts: excerpts.length, coded }),
    questions: questionsOf(row),
    viewerIsFacilitator,
    excerpts: excerpts.map((e, i) => {
      const unredacted = viewerIsFacilitator || e.author_user_id === actor.userId;
      const first = codings.get(e.id)?.first;
      return {
        id: e.id,
        questionId: e.question_id,
        position: e.position,
        text: unredacted ? e.text : texts[i]!,
        unredacted,
        secondCoding: e.second_coding === 1,
        coding: first ? presentCoding(first) : null,
        suggestions: suggestions.get(e.id) ?? [],
        version: e.version,
      };
    }),
  };
}

export async function createConversation(db: Db, actor: OrgContext, programmeId: string, kind: GuideKind, fields: ConversationFields & { title: string }): Promise<ConversationView> {
  return inTransaction(db, async (trx) => {
    const { guide } = await guideOf(trx, actor.organisationId, programmeId, kind);
    await checkFields(trx, actor.organisationId, fields);
    const at = nowIso();
    const id = newId();
    await repo.insertConversation(trx, {
      id,
      organisation_id: actor.organisationId,
      programme_id: programmeId,
      kind,
      title: fields.title,
      held_on: null,
      location: '',
      mobile: 0,
      facilitator_user_id: null,
      staff_group: null,
      band_from: null,
      band_to: null,
      site: null,
      board_role: null,
      participants: null,
      consent_at: null,
      consent_by: null,
      consent_note: '',
      guide: JSON.stringify(guide.questions),
      version: 1,
      created_at: at,
      updated_at: at,
      ...columns(fields),
    });
    await audit(trx, actor, 'conversation.planned', id, { kind });
    return getConversation(trx, actor, programmeId, id);
  });
}

async function conflictWith(db: Db, actor: OrgContext, programmeId: string, id: string, what: string): Promise<AppError> {
  return new AppError(409, 'edit_conflict', `Someone else changed ${what} since you opened it. Reload to see their changes, then make yours again.`, undefined, {
    current: await getConversation(db, actor, programmeId, id),
  });
}

export async function updateConversation(db: Db, actor: OrgContext, programmeId: string, id: string, version: number, fields: ConversationFields): Promise<ConversationView> {
  return inTransaction(db, async (trx) => {
    await conversationRow(trx, actor.organisationId, programmeId, id);
    await checkFields(trx, actor.organisationId, fields);
    if (!(await repo.updateConversationIfVersion(trx, actor.organisationId, id, version, { ...columns(fields), updated_at: nowIso() }))) throw await conflictWith(trx, actor, programmeId, id, 'this session');
    await audit(trx, actor, 'conversation.updated', id, { fields: Object.keys(fields) });
    return getConversation(trx, actor, programmeId, id);
  });
}

export async function deleteConversation(db: Db, actor: OrgContext, programmeId: string, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await conversationRow(trx, actor.organisationId, programmeId, id);
    await repo.deleteConversation(trx, actor.organisationId, id);
    await audit(trx, actor, 'conversation.deleted', id);
  });
}

export async function recordConsent(db: Db, actor: OrgContext, programmeId: string, id: string, version: number, note: string): Promise<ConversationView> {
  return inTransaction(db, async (trx) => {
    const row = await conversationRow(trx, actor.organisationId, programmeId, id);
    if (row.consent_at) throw new AppError(409, 'consent_already_recorded', 'Consent for this session is already recorded.');
    if (!(await repo.updateConversationIfVersion(trx, actor.organisationId, id, version, { consent_at: nowIso(), consent_by: actor.userId, consent_note: note, updated_at: nowIso() }))) {
      throw await conflictWith(trx, actor, programmeId, id, 'this session');
    }
    await audit(trx, actor, 'conversation.consent_recorded', id);
    return getConversation(trx, actor, programmeId, id);
  });
}

/** The session, refusing notes until consent is recorded. */
async function openForNotes(db: Db, organisationId: string, programmeId: string, id: string): Promise<Row> {
  const row = await conversationRow(db, organisationId, programmeId, id);
  if (!row.consent_at) {
    throw new AppError(409, 'consent_required', 'Record that the participants gave their consent before you add notes. Notes cannot be kept for a session without consent.');
  }
  return row;
}

function checkQuestions(row: Row, questionIds: readonly (string | null)[], path: (i: number) => string): void {
  const known = new Set(questionsOf(row).map((q) => q.id));
  const errors = questionIds.flatMap((q, i) => (q !== null && !known.has(q) ? [{ path: path(i), message: 'Choose a question from this session’s guide, or none' }] : []));
  if (errors.length) throw unprocessable('validation_failed', 'Check the notes', errors);
}

async function insertNotes(db: Db, actor: OrgContext, row: Row, notes: readonly { questionId: string | null; text: string }[], source: string): Promise<number> {
  let position = await repo.lastPosition(db, actor.organisationId, row.id);
  const at = nowIso();
  await repo.insertExcerpts(
    db,
    notes.map((n) => ({
      id: newId(),
      organisation_id: actor.organisationId,
      conversation_id: row.id,
      question_id: n.questionId,
      position: ++position,
      text: n.text,
      author_user_id: actor.userId,
      second_coding: 0,
      version: 1,
      created_at: at,
      updated_at: at,
    })),
  );
  await audit(db, actor, 'conversation.notes_added', row.id, { excerpts: notes.length, source });
  return notes.length;
}

export async function addExcerpts(db: Db, actor: OrgContext, programmeId: string, id: string, notes: readonly { questionId: string | null; text: string }[]): Promise<ConversationView> {
  return inTransaction(db, async (trx) => {
    const row = await openForNotes(trx, actor.organisationId, programmeId, id);
    checkQuestions(row, notes.map((n) => n.questionId), (i) => `excerpts[${i}].questionId`);
    await insertNotes(trx, actor, row, notes, 'typed');
    return getConversation(trx, actor, programmeId, id);
  });
}

/** Notes from a TXT or DOCX file: one excerpt per paragraph, under the question whose heading it follows. */
/** `file` is read only once the session is found and open for notes, so a wrong address is answered as such, whatever was sent. */
export async function importNotesFile(db: Db, actor: OrgContext, programmeId: string, id: string, file: () => Promise<Uint8Array>): Promise<{ format: string; added: number; conversation: ConversationView }> {
  const row = await openForNotes(db, actor.organisationId, programmeId, id);
  const bytes = await file();
  let notes;
  try {
    notes = await readNotes(bytes, questionsOf(row));
  } catch (error) {
    if (error instanceof NotesImportError) {
      const status = error.code === 'too_large' ? 413 : error.code === 'unsupported_format' ? 415 : 422;
      throw new AppError(status, `notes_${error.code}`, error.message, [{ path: 'file', message: error.message }]);
    }
    throw error;
  }
  return inTransaction(db, async (trx) => {
    const current = await openForNotes(trx, actor.organisationId, programmeId, id);
    const added = await insertNotes(trx, actor, current, notes.excerpts, notes.format);
    return { format: notes.format, added, conversation: await getConversation(trx, actor, programmeId, id) };
  });
}

export async function updateExcerpt(
  db: Db,
  actor: OrgContext,
  programmeId: string,
  conversationId: string,
  excerptId: string,
  version: number,
  patch: { text?: string; questionId?: string | null },
): Promise<ConversationView> {
  return inTransaction(db, async (trx) => {
    const row = await conversationRow(trx, actor.organisationId, programmeId, conversationId);
    const excerpt = await repo.findExcerpt(trx, actor.organisationId, conversationId, excerptId);
    if (!excerpt) throw notFound('The note');
    // Someone who reads the note with names taken out would save that copy over the original.
    if (patch.text !== undefined && row.facilitator_user_id !== actor.userId && excerpt.author_user_id !== actor.userId) {
      throw new AppError(403, 'note_redacted_for_you', 'You see this note with names and details taken out, so you cannot change its words. The facilitator or the person who wrote it can.');
    }
    if (patch.questionId !== undefined) checkQuestions(row, [patch.questionId], () => 'questionId');
    const ok = await repo.updateExcerptIfVersion(trx, actor.organisationId, excerptId, version, {
      ...(patch.text !== undefined ? { text: patch.text } : {}),
      ...(patch.questionId !== undefined ? { question_id: patch.questionId } : {}),
      updated_at: nowIso(),
    });
    if (!ok) throw await conflictWith(trx, actor, programmeId, conversationId, 'this note');
    return getConversation(trx, actor, programmeId, conversationId);
  });
}

export async function deleteExcerpt(db: Db, actor: OrgContext, programmeId: string, conversationId: string, excerptId: string, version: number): Promise<ConversationView> {
  return inTransaction(db, async (trx) => {
    await conversationRow(trx, actor.organisationId, programmeId, conversationId);
    if (!(await repo.findExcerpt(trx, actor.organisationId, conversationId, excerptId))) throw notFound('The note');
    if (!(await repo.deleteExcerptIfVersion(trx, actor.organisationId, excerptId, version))) throw await conflictWith(trx, actor, programmeId, conversationId, 'this note');
    return getConversation(trx, actor, programmeId, conversationId);
  });
}
