import { inTransaction } from '../../kernel/transaction.js';
import { wouldCreateCycle } from '../../../core/organisation/unit-tree.js';
import type { Db } from '../../db/database.js';
import { AppError, badRequest, notFound } from '../../kernel/errors.js';
import { newId, nowIso } from '../../kernel/ids.js';
import * as repo from './units.repository.js';
import type { UnitView } from './units.schemas.js';

export interface UnitInput {
  name: string;
  externalCode: string;
  kind: string;
  parentId: string | null;
}

export async function listUnits(db: Db, organisationId: string): Promise<UnitView[]> {
  const rows = await repo.listUnitsWithCounts(db, organisationId);
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    externalCode: r.external_code,
    name: r.name,
    kind: r.kind,
    staffCount: Number(r.staff_count ?? 0),
  }));
}

async function assertCodeFree(db: Db, organisationId: string, code: string, exceptId?: string): Promise<void> {
  const clash = await repo.findUnitByCode(db, organisationId, code);
  if (clash && clash.id !== exceptId) {
    throw new AppError(409, 'duplicate_code', 'Another unit already uses this code.', [
      { path: 'externalCode', message: `The code ${code} is already used by ${clash.name}` },
    ]);
  }
}

async function assertParentExists(db: Db, organisationId: string, parentId: string | null): Promise<void> {
  if (parentId && !(await repo.findUnit(db, organisationId, parentId))) {
    throw badRequest('validation_failed', 'The parent unit does not exist.', [
      { path: 'parentId', message: 'Choose a parent unit from this organisation' },
    ]);
  }
}

export async function createUnit(db: Db, organisationId: string, input: UnitInput): Promise<UnitView> {
  return inTransaction(db, async (trx) => {
    await assertParentExists(trx, organisationId, input.parentId);
    await assertCodeFree(trx, organisationId, input.externalCode);
    const at = nowIso();
    const id = newId();
    await repo.insertUnits(trx, [
      {
        id,
        organisation_id: organisationId,
        parent_id: input.parentId,
        external_code: input.externalCode,
        name: input.name,
        kind: input.kind,
        created_at: at,
        updated_at: at,
      },
    ]);
    return { id, parentId: input.parentId, externalCode: input.externalCode, name: input.name, kind: input.kind, staffCount: 0 };
  });
}

export async function updateUnit(db: Db, organisationId: string, id: string, patch: Partial<UnitInput>): Promise<void> {
  await inTransaction(db, async (trx) => {
    const unit = await repo.findUnit(trx, organisationId, id);
    if (!unit) throw notFound('Unit');
    if (patch.externalCode !== undefined) await assertCodeFree(trx, organisationId, patch.externalCode, id);
    if (patch.parentId !== undefined) {
      await assertParentExists(trx, organisationId, patch.parentId);
      const links = (await repo.unitParents(trx, organisationId)).map((u) => ({ id: u.id, parentId: u.parent_id }));
      if (wouldCreateCycle(links, id, patch.parentId)) {
        throw badRequest('validation_failed', 'A unit cannot sit inside itself.', [
          { path: 'parentId', message: 'Choose a parent that is not this unit or one of the units inside it' },
        ]);
      }
    }
    await repo.updateUnit(trx, organisationId, id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.externalCode !== undefined ? { external_code: patch.externalCode } : {}),
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.parentId !== undefined ? { parent_id: patch.parentId } : {}),
      updated_at: nowIso(),
    });
  });
}

export async function deleteUnit(db: Db, organisationId: string, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await repo.findUnit(trx, organisationId, id))) throw notFound('Unit');
    const { children, staff } = await repo.countChildrenAndStaff(trx, organisationId, id);
    if (children || staff) {
      throw new AppError(
        409,
        'unit_not_empty',
        `This unit still has ${children} unit${children === 1 ? '' : 's'} and ${staff} staff record${staff === 1 ? '' : 's'} in it. Move them first.`,
      );
    }
    await repo.deleteUnit(trx, organisationId, id);
  });
}
