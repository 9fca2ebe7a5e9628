// The instrument library an organisation sees: the built-ins, and its own copies. A copy
// starts as a draft that can be edited freely; publishing makes that version immutable, and
// editing again starts the next version, so a survey always knows exactly what it asked.
import { checkDefinition } from '../../../core/instruments/check-definition.js';
import type { InstrumentDefinition } from '../../../core/instruments/definition.js';
import { BUILT_IN_INSTRUMENTS } from '../../../core/instruments/builtins/index.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { newId, nowIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { inTransaction } from '../../kernel/transaction.js';
import { recordAudit } from '../audit/index.js';
import { BUILT_IN_VERSION, builtInRef, resolveInstrument } from './instrument-catalogue.js';
import * as repo from './instruments.repository.js';
import type { CopyInstrumentInput, InstrumentSummary, SaveDraftInput } from './instruments.schemas.js';

function summary(definition: InstrumentDefinition, extra: Omit<InstrumentSummary, 'key' | 'title' | 'description' | 'source' | 'audience' | 'languages' | 'itemCount'>): InstrumentSummary {
  const itemCount = definition.sections.flatMap((s) => s.items).reduce((n, item) => n + (item.type === 'grid' ? item.rows.length : 1), 0);
  return {
    key: definition.key,
    title: definition.title.en,
    description: definition.description.en,
    source: definition.source,
    audience: definition.audience,
    languages: definition.languages,
    itemCount,
    ...extra,
  };
}

export async function listInstruments(db: Db, organisationId: string): Promise<InstrumentSummary[]> {
  const builtIns = BUILT_IN_INSTRUMENTS.map((d) => summary(d, { ref: builtInRef(d.key), version: BUILT_IN_VERSION, status: 'published', builtIn: true, basedOn: null, editVersion: 0 }));
  const own = (await repo.listCustomInstruments(db, organisationId)).map((r) =>
    summary(JSON.parse(r.definition) as InstrumentDefinition, { ref: r.id, version: r.version, status: r.status as 'draft' | 'published', builtIn: false, basedOn: r.based_on, editVersion: r.edit_version }),
  );
  return [...builtIns, ...own];
}

export async function getInstrument(db: Db, organisationId: string, ref: string): Promise<InstrumentSummary & { definition: InstrumentDefinition }> {
  const builtIn = BUILT_IN_INSTRUMENTS.find((d) => builtInRef(d.key) === ref);
  if (builtIn) return { ...summary(builtIn, { ref, version: BUILT_IN_VERSION, status: 'published', builtIn: true, basedOn: null, editVersion: 0 }), definition: builtIn };
  const [latest, instrument] = await Promise.all([repo.latestVersion(db, organisationId, ref), repo.findInstrument(db, organisationId, ref)]);
  if (!latest || !instrument) throw new AppError(404, 'not_found', 'There is no such instrument.');
  const definition = JSON.parse(latest.definition) as InstrumentDefinition;
  return { ...summary(definition, { ref, version: latest.version, status: latest.status as 'draft' | 'published', builtIn: false, basedOn: instrument.based_on, editVersion: latest.edit_version }), definition };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(?![a-z])/, 'i-')
    .slice(0, 48);

export async function copyInstrument(db: Db, actor: OrgContext, input: CopyInstrumentInput) {
  return inTransaction(db, async (trx) => {
    const source = input.from.startsWith('builtin:')
      ? await resolveInstrument(trx, actor.organisationId, input.from)
      : await getInstrument(trx, actor.organisationId, input.from).then((i) => ({ ref: i.ref, version: i.version, definition: i.definition }));
    if (!source) throw new AppError(422, 'validation_failed', 'Check the copy', [{ path: 'from', message: 'Choose an instrument to copy' }]);
    let key = slug(input.title.en);
    for (let n = 2; await repo.keyTaken(trx, actor.organisationId, key); n++) key = `${slug(input.title.en).slice(0, 44)}-${n}`;
    // Without a Welsh title the copy is offered in English only; its other Welsh texts stay for later.
    const languages = input.title.cy ? source.definition.languages : source.definition.languages.filter((l) => l !== 'cy');
    const definition: InstrumentDefinition = { ...source.definition, key, title: input.title, languages: languages.length ? languages : ['en'] };
    const now = nowIso();
    const id = newId();
    await repo.insertInstrument(trx, { id, organisation_id: actor.organisationId, key, based_on: `${source.ref}@${source.version}`, created_at: now, updated_at: now });
    await repo.insertVersion(trx, { id: newId(), organisation_id: actor.organisationId, instrument_id: id, version: 1, status: 'draft', definition: JSON.stringify(definition), edit_version: 1, created_at: now, published_at: null });
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'instrument.copied', targetType: 'instrument', targetId: id, detail: { from: input.from } });
    return getInstrument(trx, actor.organisationId, id);
  });
}

function editConflict(): AppError {
  return new AppError(409, 'edit_conflict', 'Someone else changed this instrument since you opened it. Reload it and try again.');
}

/** Saves an edited definition: into the open draft, or as a new draft version after a published one. */
export async function saveDraft(db: Db, actor: OrgContext, instrumentId: string, input: SaveDraftInput) {
  return inTransaction(db, async (trx) => {
    const latest = await repo.latestVersion(trx, actor.organisationId, instrumentId);
    const instrument = await repo.findInstrument(trx, actor.organisationId, instrumentId);
    if (!latest || !instrument) throw new AppError(404, 'not_found', 'There is no such instrument.');
    if (latest.edit_version !== input.editVersion) throw editConflict();
    // The key ties every version together; edits cannot change it.
    const checked = checkDefinition({ ...(input.definition as object), key: instrument.key });
    if (!checked.ok) throw new AppError(422, 'validation_failed', 'Check the instrument', checked.errors.map((e) => ({ path: e.path, message: e.message })));
    const definition = JSON.stringify(checked.definition);
    if (latest.status === 'published') {
      await repo.insertVersion(trx, { id: newId(), organisation_id: actor.organisationId, instrument_id: instrumentId, version: latest.version + 1, status: 'draft', definition, edit_version: 1, created_at: nowIso(), published_at: null });
    } else if (!(await repo.updateDraft(trx, actor.organisationId, latest.id, input.editVersion, { definition }))) {
      throw editConflict();
    }
    return getInstrument(trx, actor.organisationId, instrumentId);
  });
}

export async function publishInstrument(db: Db, actor: OrgContext, instrumentId: string, editVersion: number) {
  return inTransaction(db, async (trx) => {
    const latest = await repo.latestVersion(trx, actor.organisationId, instrumentId);
    if (!latest) throw new AppError(404, 'not_found', 'There is no such instrument.');
    if (latest.status === 'published') throw new AppError(409, 'already_published', 'This version is already published. Edit it to start the next version.');
    if (!(await repo.updateDraft(trx, actor.organisationId, latest.id, editVersion, { status: 'published', published_at: nowIso() }))) throw editConflict();
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'instrument.published', targetType: 'instrument', targetId: instrumentId, detail: { version: latest.version } });
    return getInstrument(trx, actor.organisationId, instrumentId);
  });
}
