import { inTransaction } from '../../kernel/transaction.js';
import { currentPhase, PHASES, progressPercent, type Phase, type PhaseStatus } from '../../../core/programme/phases.js';
import type { Db } from '../../db/database.js';
import { AppError, badRequest, notFound } from '../../kernel/errors.js';
import { newId, nowIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { recordAudit } from '../audit/index.js';
import { findPerson } from '../staff/index.js';
import * as repo from './programmes.repository.js';
import type { ChangeTeamMemberView, ProgrammeView } from './programmes.schemas.js';

export interface NewProgramme {
  name: string;
  sponsor: string;
  description: string;
  startDate: string;
  endDate: string;
  includeScoping: boolean;
}

type ProgrammeRow = Awaited<ReturnType<typeof repo.listProgrammes>>[number];
type PhaseRow = Awaited<ReturnType<typeof repo.phasesOf>>[number];

function present(p: ProgrammeRow, phaseRows: PhaseRow[]): ProgrammeView {
  const phases = phaseRows
    .filter((r) => r.programme_id === p.id)
    .map((r) => ({ phase: r.phase as Phase, status: r.status as PhaseStatus, startDate: r.start_date, endDate: r.end_date }));
  return {
    id: p.id,
    name: p.name,
    sponsor: p.sponsor,
    description: p.description,
    startDate: p.start_date,
    endDate: p.end_date,
    version: p.version,
    phases,
    currentPhase: currentPhase(phases),
    progressPercent: progressPercent(phases),
  };
}

/** Creates a programme with its four phases. Pass a transaction when part of a larger write. */
export async function createProgramme(
  db: Db,
  organisationId: string,
  input: NewProgramme,
  statuses: Partial<Record<Phase, PhaseStatus>> = {},
): Promise<string> {
  const id = newId();
  const at = nowIso();
  await repo.insertProgramme(
    db,
    {
      id,
      organisation_id: organisationId,
      name: input.name,
      sponsor: input.sponsor,
      description: input.description,
      start_date: input.startDate,
      end_date: input.endDate,
      version: 1,
      created_at: at,
      updated_at: at,
    },
    PHASES.map((phase, position) => ({
      id: newId(),
      organisation_id: organisationId,
      programme_id: id,
      phase,
      status: statuses[phase] ?? (phase === 'scoping' && !input.includeScoping ? 'skipped' : 'not_started'),
      start_date: null,
      end_date: null,
      position,
    })),
  );
  return id;
}

export async function listProgrammes(db: Db, organisationId: string): Promise<ProgrammeView[]> {
  const rows = await repo.listProgrammes(db, organisationId);
  const phases = await repo.phasesOf(db, organisationId, rows.map((r) => r.id));
  return rows.map((r) => present(r, phases));
}

export async function getProgramme(db: Db, organisationId: string, id: string): Promise<ProgrammeView> {
  const row = await repo.findProgramme(db, organisationId, id);
  if (!row) throw notFound('Programme');
  return present(row, await repo.phasesOf(db, organisationId, [id]));
}

export async function createProgrammeAudited(db: Db, actor: OrgContext, input: NewProgramme): Promise<ProgrammeView> {
  return inTransaction(db, async (trx) => {
    const id = await createProgramme(trx, actor.organisationId, input);
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      actorLabel: actor.actorLabel,
      action: 'programme.created',
      targetType: 'programme',
      targetId: id,
      detail: { name: input.name },
    });
    return getProgramme(trx, actor.organisationId, id);
  });
}

export interface ProgrammePatch {
  version: number;
  name?: string;
  sponsor?: string;
  description?: string;
  startDate?: string;
  endDate?: string;
}

export async function updateProgramme(db: Db, actor: OrgContext, id: string, patch: ProgrammePatch): Promise<ProgrammeView> {
  return inTransaction(db, async (trx) => {
    const current = await repo.findProgramme(trx, actor.organisationId, id);
    if (!current) throw notFound('Programme');
    const start = patch.startDate ?? current.start_date;
    const end = patch.endDate ?? current.end_date;
    if (end < start) {
      throw badRequest('validation_failed', 'The dates are in the wrong order.', [
        { path: 'endDate', message: 'The end date must be the same as or after the start date' },
      ]);
    }
    const ok = await repo.updateProgrammeIfVersion(
      trx,
      actor.organisationId,
      id,
      patch.version,
      {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.sponsor !== undefined ? { sponsor: patch.sponsor } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.startDate !== undefined ? { start_date: patch.startDate } : {}),
        ...(patch.endDate !== undefined ? { end_date: patch.endDate } : {}),
      },
      nowIso(),
    );
    if (!ok) {
      throw new AppError(409, 'edit_conflict', 'Someone else changed this programme since you opened it. Reload to see their changes, then make yours again.', undefined, {
        current: present(current, await repo.phasesOf(trx, actor.organisationId, [id])),
      });
    }
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      actorLabel: actor.actorLabel,
      action: 'programme.updated',
      targetType: 'programme',
      targetId: id,
      detail: { fields: Object.keys(patch).filter((k) => k !== 'version') },
    });
    return getProgramme(trx, actor.organisationId, id);
  });
}

export async function updatePhase(
  db: Db,
  organisationId: string,
  programmeId: string,
  phase: Phase,
  patch: { status?: PhaseStatus; startDate?: string | null; endDate?: string | null },
): Promise<ProgrammeView> {
  return inTransaction(db, async (trx) => {
    const updated = await repo.updatePhase(trx, organisationId, programmeId, phase, {
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.startDate !== undefined ? { start_date: patch.startDate } : {}),
      ...(patch.endDate !== undefined ? { end_date: patch.endDate } : {}),
    });
    if (!updated) throw notFound('Programme');
    return getProgramme(trx, organisationId, programmeId);
  });
}

export async function changeTeam(db: Db, organisationId: string, programmeId: string): Promise<ChangeTeamMemberView[]> {
  if (!(await repo.findProgramme(db, organisationId, programmeId))) throw notFound('Programme');
  const rows = await repo.changeTeamOf(db, organisationId, programmeId);
  return rows.map((r) => ({
    personId: r.person_id,
    fullName: r.full_name,
    jobRole: r.job_role,
    payBand: r.pay_band,
    staffGroup: r.staff_group,
    unitName: r.unit_name,
    roleNote: r.role_note,
  }));
}

export async function addToChangeTeam(db: Db, organisationId: string, programmeId: string, personId: string, roleNote: string) {
  await inTransaction(db, async (trx) => {
    if (!(await repo.findProgramme(trx, organisationId, programmeId))) throw notFound('Programme');
    if (!(await findPerson(trx, organisationId, personId))) {
      throw badRequest('validation_failed', 'That person is not on this organisation’s staff list.', [
        { path: 'personId', message: 'Choose someone from the staff list' },
      ]);
    }
    await repo.insertChangeTeamMember(trx, {
      organisation_id: organisationId,
      programme_id: programmeId,
      person_id: personId,
      role_note: roleNote,
      added_at: nowIso(),
    });
  });
}

export async function removeFromChangeTeam(db: Db, organisationId: string, programmeId: string, personId: string) {
  if (!(await repo.deleteChangeTeamMember(db, organisationId, programmeId, personId))) throw notFound('Change team member');
}

export const changeTeamSize = repo.countChangeTeam;
