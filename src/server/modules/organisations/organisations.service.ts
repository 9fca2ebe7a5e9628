import type { Db } from '../../db/database.js';
import { notFound } from '../../kernel/errors.js';
import { newId, nowIso } from '../../kernel/ids.js';
import * as repo from './organisations.repository.js';
import type { ORGANISATION_KINDS, OrganisationView } from './organisations.schemas.js';

type Kind = (typeof ORGANISATION_KINDS)[number];

export async function createOrganisation(
  db: Db,
  input: { name: string; odsCode: string | null; kind: Kind; isDemo?: boolean },
): Promise<string> {
  const id = newId();
  await repo.insertOrganisation(db, {
    id,
    name: input.name,
    ods_code: input.odsCode,
    kind: input.kind,
    is_demo: input.isDemo ? 1 : 0,
    created_at: nowIso(),
  });
  return id;
}

export async function getOrganisation(db: Db, id: string): Promise<OrganisationView> {
  const row = await repo.findOrganisation(db, id);
  if (!row) throw notFound('Organisation');
  return { id: row.id, name: row.name, odsCode: row.ods_code, kind: row.kind as Kind, isDemo: row.is_demo === 1 };
}

export async function updateOrganisation(
  db: Db,
  id: string,
  patch: { name?: string; odsCode?: string | null; kind?: Kind },
): Promise<OrganisationView> {
  await repo.updateOrganisation(db, id, {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.odsCode !== undefined ? { ods_code: patch.odsCode } : {}),
    ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
  });
  return getOrganisation(db, id);
}
