// A programme's discussion guides: the built-in focus-group and board interview guides until the
// programme edits its own copy. Saving names the version read, so two people editing at once
// cannot overwrite each other unseen; going back to the built-in guide is the same.
import { copyBuiltInGuide } from '../../../core/qualitative/guides.js';
import { guideMinutes, validateGuide, type Guide, type GuideKind } from '../../../core/qualitative/guide.js';
import type { Db } from '../../db/database.js';
import { AppError, notFound, unprocessable } from '../../kernel/errors.js';
import { nowIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { inTransaction } from '../../kernel/transaction.js';
import { recordAudit } from '../audit/index.js';
import { findProgramme } from '../programmes/index.js';
import * as repo from './conversations.repository.js';

export interface GuideState {
  guide: Guide;
  /** 0 while the programme uses the built-in guide. */
  version: number;
  builtIn: boolean;
  minutes: number;
  updatedAt: string | null;
}

export async function assertProgramme(db: Db, organisationId: string, programmeId: string): Promise<void> {
  if (!(await findProgramme(db, organisationId, programmeId))) throw notFound('The programme');
}

export async function guideOf(db: Db, organisationId: string, programmeId: string, kind: GuideKind): Promise<GuideState> {
  await assertProgramme(db, organisationId, programmeId);
  const row = await repo.findGuide(db, organisationId, programmeId, kind);
  const guide = row ? (JSON.parse(row.guide) as Guide) : copyBuiltInGuide(kind);
  return { guide, version: row?.version ?? 0, builtIn: !row, minutes: guideMinutes(guide), updatedAt: row?.updated_at ?? null };
}

const editConflict = (current: GuideState) =>
  new AppError(409, 'edit_conflict', 'Someone else changed this guide since you opened it. Reload to see their changes, then make yours again.', undefined, { current });

export async function saveGuide(db: Db, actor: OrgContext, programmeId: string, kind: GuideKind, guide: Guide, readVersion: number): Promise<GuideState> {
  if (guide.kind !== kind) throw unprocessable('validation_failed', 'Check the guide', [{ path: 'guide.kind', message: `This is the ${kind.replace('_', ' ')} guide` }]);
  const problems = validateGuide(guide);
  if (problems.length) throw unprocessable('validation_failed', 'Check the guide', problems.map((p) => ({ path: p.path ? `guide.${p.path}` : 'guide', message: p.message })));
  return inTransaction(db, async (trx) => {
    const current = await guideOf(trx, actor.organisationId, programmeId, kind);
    if (current.version !== readVersion) throw editConflict(current);
    const row = { organisation_id: actor.organisationId, programme_id: programmeId, kind, guide: JSON.stringify(guide), version: readVersion + 1, updated_by: actor.userId, updated_at: nowIso() };
    if (readVersion === 0) await repo.insertGuide(trx, row);
    else if (!(await repo.updateGuideIfVersion(trx, row, readVersion))) throw editConflict(current);
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'guide.saved', targetType: 'programme', targetId: programmeId, detail: { kind, questions: guide.questions.length } });
    return guideOf(trx, actor.organisationId, programmeId, kind);
  });
}

export async function resetGuide(db: Db, actor: OrgContext, programmeId: string, kind: GuideKind, readVersion: number): Promise<GuideState> {
  return inTransaction(db, async (trx) => {
    const current = await guideOf(trx, actor.organisationId, programmeId, kind);
    if (current.builtIn) return current;
    if (!(await repo.deleteGuideIfVersion(trx, actor.organisationId, programmeId, kind, readVersion))) throw editConflict(current);
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'guide.reset', targetType: 'programme', targetId: programmeId, detail: { kind } });
    return guideOf(trx, actor.organisationId, programmeId, kind);
  });
}
