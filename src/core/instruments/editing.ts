// The edits an admin makes to their own copy of an instrument: reword, add, remove and reorder
// questions and statements, and remap statements onto the scored measures (constructs). Each
// edit takes a definition and returns a new one, leaving the input untouched; the server still
// checks the result in full before saving it. A "statement" is anything a respondent rates on a
// scale: a stand-alone scale question, or one row of a grid.
import type { ChoiceOption, Construct, InstrumentDefinition, Item, LocalisedText, Section } from './definition.js';
import { questionsOf } from './questions.js';
import { PREFER_NOT_TO_SAY } from './reserved-values.js';

export type EditResult<T = object> = ({ ok: true; definition: InstrumentDefinition; notes: string[] } & T) | { ok: false; message: string };

const refuse = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Where a question sits: its section and position. */
export interface QuestionPlace {
  sectionIndex: number;
  itemIndex: number;
  section: Section;
  item: Item;
}

export function findQuestion(def: InstrumentDefinition, itemId: string): QuestionPlace | null {
  for (const [sectionIndex, section] of def.sections.entries()) {
    const itemIndex = section.items.findIndex((item) => item.id === itemId);
    if (itemIndex >= 0) return { sectionIndex, itemIndex, section, item: section.items[itemIndex]! };
  }
  return null;
}

export interface Statement {
  id: string;
  text: LocalisedText;
  reverse: boolean;
  /** The grid the statement is a row of, or null for a stand-alone scale question. */
  gridId: string | null;
  place: QuestionPlace;
}

export function findStatement(def: InstrumentDefinition, id: string): Statement | null {
  for (const [sectionIndex, section] of def.sections.entries()) {
    for (const [itemIndex, item] of section.items.entries()) {
      const place = { sectionIndex, itemIndex, section, item };
      if (item.type === 'scale' && item.id === id) return { id, text: item.text, reverse: item.reverse, gridId: null, place };
      if (item.type === 'grid') {
        const row = item.rows.find((r) => r.id === id);
        if (row) return { id, text: row.text, reverse: row.reverse, gridId: item.id, place };
      }
    }
  }
  return null;
}

/** The constructs a statement counts towards. */
export function constructsContaining(def: InstrumentDefinition, statementId: string): Construct[] {
  return def.constructs.filter((c) => c.items.includes(statementId));
}

/** The constructs a statement may count towards: those asked from its perspective, or from any. */
export function constructsFor(def: InstrumentDefinition, statementId: string): Construct[] {
  const statement = findStatement(def, statementId);
  if (!statement) return [];
  const item = statement.place.item;
  const perspective = item.type === 'scale' || item.type === 'grid' ? item.perspective : undefined;
  return def.constructs.filter((c) => !c.perspective || !perspective || c.perspective === perspective);
}

function usedIds(def: InstrumentDefinition): Set<string> {
  const ids = new Set<string>();
  for (const section of def.sections) {
    ids.add(section.id);
    for (const item of section.items) {
      ids.add(item.id);
      if (item.type === 'grid') for (const row of item.rows) ids.add(row.id);
    }
  }
  for (const d of def.demographics) ids.add(d.id);
  for (const c of def.constructs) ids.add(c.id);
  return ids;
}

/** A short id made from the text's first words, unlike any id already in `taken`. */
export function idFromText(text: string, taken: ReadonlySet<string>, fallback = 'q'): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .join('-');
  let base = /^[a-z]/.test(words) ? words : `${fallback}${words ? `-${words}` : ''}`;
  base = base.slice(0, 40).replace(/-+$/, '');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const clone = (def: InstrumentDefinition): InstrumentDefinition => structuredClone(def);

/** Drops constructs left with no statements, saying which went. */
function dropEmptyConstructs(def: InstrumentDefinition, notes: string[]): void {
  for (const c of def.constructs.filter((c) => c.items.length === 0)) {
    notes.push(`‘${c.name.en}’ had no statements left, so it was removed from the scores.`);
  }
  def.constructs = def.constructs.filter((c) => c.items.length > 0);
}

/** Puts a statement into exactly the given constructs, keeping each construct's list in questionnaire order. */
function setMembership(def: InstrumentDefinition, statementId: string, constructIds: readonly string[], notes: string[]): void {
  const order = new Map(questionsOf(def).map((q, i) => [q.id, i]));
  for (const construct of def.constructs) {
    const wanted = constructIds.includes(construct.id);
    const has = construct.items.includes(statementId);
    if (wanted && !has) construct.items = [...construct.items, statementId].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    if (!wanted && has) construct.items = construct.items.filter((id) => id !== statementId);
  }
  dropEmptyConstructs(def, notes);
}

function unknownConstructs(def: InstrumentDefinition, statementId: string, constructIds: readonly string[]): string | null {
  const allowed = new Set(constructsFor(def, statementId).map((c) => c.id));
  const bad = constructIds.find((id) => !allowed.has(id));
  return bad === undefined ? null : `This statement cannot count towards ‘${bad}’.`;
}

function removeFromConstructs(def: InstrumentDefinition, ids: readonly string[], notes: string[]): void {
  for (const c of def.constructs) c.items = c.items.filter((id) => !ids.includes(id));
  dropEmptyConstructs(def, notes);
}

/** Moves a question one place up or down; past the end of its section it moves into the next one. */
export function moveQuestion(def: InstrumentDefinition, itemId: string, by: -1 | 1): EditResult {
  const place = findQuestion(def, itemId);
  if (!place) return refuse('That question is no longer in this instrument.');
  const next = clone(def);
  const section = next.sections[place.sectionIndex]!;
  const target = place.itemIndex + by;
  if (target >= 0 && target < section.items.length) {
    const [item] = section.items.splice(place.itemIndex, 1);
    section.items.splice(target, 0, item!);
    return { ok: true, definition: next, notes: [] };
  }
  const neighbour = next.sections[place.sectionIndex + by];
  if (!neighbour) return refuse(by < 0 ? 'This is already the first question.' : 'This is already the last question.');
  if (section.items.length === 1) return refuse('This is the only question in its section, so it cannot leave it. Add another question to the section first.');
  const [item] = section.items.splice(place.itemIndex, 1);
  if (by < 0) neighbour.items.push(item!);
  else neighbour.items.unshift(item!);
  return { ok: true, definition: next, notes: [`It moved into the section ‘${neighbour.title.en}’.`] };
}

/** Moves a grid row one place up or down within its grid. */
export function moveStatement(def: InstrumentDefinition, statementId: string, by: -1 | 1): EditResult {
  const statement = findStatement(def, statementId);
  if (!statement) return refuse('That statement is no longer in this instrument.');
  if (!statement.gridId) return moveQuestion(def, statementId, by);
  const next = clone(def);
  const grid = next.sections[statement.place.sectionIndex]!.items[statement.place.itemIndex]!;
  if (grid.type !== 'grid') return refuse('That statement is no longer in this instrument.');
  const from = grid.rows.findIndex((r) => r.id === statementId);
  const to = from + by;
  if (to < 0 || to >= grid.rows.length) return refuse(by < 0 ? 'This is already the first statement in the group.' : 'This is already the last statement in the group.');
  const [row] = grid.rows.splice(from, 1);
  grid.rows.splice(to, 0, row!);
  return { ok: true, definition: next, notes: [] };
}

/** Removes a question (all its statements, if it is a grid) and takes it out of every construct. */
export function removeQuestion(def: InstrumentDefinition, itemId: string): EditResult {
  const place = findQuestion(def, itemId);
  if (!place) return refuse('That question is no longer in this instrument.');
  const total = def.sections.reduce((n, s) => n + s.items.length, 0);
  if (total === 1) return refuse('An instrument needs at least one question, so the last one cannot be removed.');
  const next = clone(def);
  const notes: string[] = [];
  const section = next.sections[place.sectionIndex]!;
  section.items.splice(place.itemIndex, 1);
  if (section.items.length === 0) {
    next.sections.splice(place.sectionIndex, 1);
    notes.push(`The section ‘${section.title.en}’ had no questions left, so it was removed.`);
  }
  const ids = place.item.type === 'grid' ? place.item.rows.map((r) => r.id) : [place.item.id];
  removeFromConstructs(next, ids, notes);
  return { ok: true, definition: next, notes };
}

/** Removes one statement; a stand-alone scale question goes as a whole question. */
export function removeStatement(def: InstrumentDefinition, statementId: string): EditResult {
  const statement = findStatement(def, statementId);
  if (!statement) return refuse('That statement is no longer in this instrument.');
  if (!statement.gridId) return removeQuestion(def, statementId);
  const grid = statement.place.item;
  if (grid.type === 'grid' && grid.rows.length === 1) return refuse('This is the group’s only statement. Remove the whole question instead.');
  const next = clone(def);
  const nextGrid = next.sections[statement.place.sectionIndex]!.items[statement.place.itemIndex]!;
  if (nextGrid.type === 'grid') nextGrid.rows = nextGrid.rows.filter((r) => r.id !== statementId);
  const notes: string[] = [];
  removeFromConstructs(next, [statementId], notes);
  return { ok: true, definition: next, notes };
}

export interface StatementDraft {
  text: LocalisedText;
  reverse: boolean;
  constructIds: readonly string[];
}

/** Rewords a statement, sets whether it is reverse-scored, and sets the constructs it counts towards. */
export function updateStatement(def: InstrumentDefinition, statementId: string, draft: StatementDraft): EditResult {
  const statement = findStatement(def, statementId);
  if (!statement) return refuse('That statement is no longer in this instrument.');
  const bad = unknownConstructs(def, statementId, draft.constructIds);
  if (bad) return refuse(bad);
  const next = clone(def);
  const item = next.sections[statement.place.sectionIndex]!.items[statement.place.itemIndex]!;
  if (item.type === 'scale') Object.assign(item, { text: draft.text, reverse: draft.reverse });
  if (item.type === 'grid') item.rows = item.rows.map((r) => (r.id === statementId ? { ...r, text: draft.text, reverse: draft.reverse } : r));
  const notes: string[] = [];
  setMembership(next, statementId, draft.constructIds, notes);
  return { ok: true, definition: next, notes };
}

/** Adds a statement at the end of a grid. */
export function addStatement(def: InstrumentDefinition, gridId: string, draft: StatementDraft): EditResult<{ id: string }> {
  const place = findQuestion(def, gridId);
  if (!place || place.item.type !== 'grid') return refuse('That group of statements is no longer in this instrument.');
  const next = clone(def);
  const id = idFromText(draft.text.en, usedIds(def), 's');
  const grid = next.sections[place.sectionIndex]!.items[place.itemIndex]!;
  if (grid.type === 'grid') grid.rows.push({ id, text: draft.text, reverse: draft.reverse });
  const bad = unknownConstructs(next, id, draft.constructIds);
  if (bad) return refuse(bad);
  const notes: string[] = [];
  setMembership(next, id, draft.constructIds, notes);
  return { ok: true, definition: next, notes, id };
}

export const QUESTION_TYPES = ['grid', 'scale', 'single', 'multiple', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** What the question form edits. Statements of a grid are edited one by one, not here. */
export interface QuestionDraft {
  type: QuestionType;
  text: LocalisedText;
  hint?: LocalisedText | undefined;
  required: boolean;
  /** Scale id, for scale questions and grids. */
  scale?: string;
  /** Option labels in order, for single and multiple choice. */
  options?: readonly LocalisedText[];
  maxLength?: number;
}

/** Option values for edited labels: an unchanged English label keeps its value, so earlier answers still read. */
function optionsFromLabels(labels: readonly LocalisedText[], previous: readonly ChoiceOption[]): ChoiceOption[] {
  const taken = new Set<string>([PREFER_NOT_TO_SAY]);
  const reused = labels.map((label) => previous.find((o) => o.label.en.trim().toLowerCase() === label.en.trim().toLowerCase())?.value);
  for (const value of reused) if (value) taken.add(value);
  return labels.map((label, i) => {
    const value = reused[i] ?? idFromText(label.en, taken, 'o');
    taken.add(value);
    return { value, label };
  });
}

function buildItem(id: string, draft: QuestionDraft, previous: Item | null, rowId: () => string): Item | string {
  const base = { id, text: draft.text, required: draft.required, ...(draft.hint ? { hint: draft.hint } : {}) };
  const perspective = previous && (previous.type === 'scale' || previous.type === 'grid') && previous.perspective ? { perspective: previous.perspective } : {};
  switch (draft.type) {
    case 'scale':
      if (!draft.scale) return 'Choose the answer scale.';
      return { ...base, type: 'scale', scale: draft.scale, reverse: previous?.type === 'scale' ? previous.reverse : false, ...perspective };
    case 'grid': {
      if (!draft.scale) return 'Choose the answer scale.';
      // A new grid starts with its question as its first statement; more are added one at a time.
      const rows = previous?.type === 'grid' ? previous.rows : [{ id: rowId(), text: draft.text, reverse: false }];
      return { ...base, type: 'grid', scale: draft.scale, rows, ...perspective };
    }
    case 'single':
    case 'multiple': {
      const labels = draft.options ?? [];
      if (labels.length < 2) return 'Give at least 2 options, one on each line.';
      const previousOptions = previous && (previous.type === 'single' || previous.type === 'multiple') ? previous.options : [];
      const options = optionsFromLabels(labels, previousOptions);
      if (draft.type === 'single') return { ...base, type: 'single', options };
      const maxChoices = previous?.type === 'multiple' && previous.maxChoices !== undefined && previous.maxChoices <= options.length ? { maxChoices: previous.maxChoices } : {};
      return { ...base, type: 'multiple', options, ...maxChoices };
    }
    case 'text':
      return { ...base, type: 'text', maxLength: draft.maxLength ?? (previous?.type === 'text' ? previous.maxLength : 2000) };
  }
}

/** Rewords a question and changes its settings. Its type stays: changing it would orphan answers and scores. */
export function updateQuestion(def: InstrumentDefinition, itemId: string, draft: Omit<QuestionDraft, 'type'>): EditResult {
  const place = findQuestion(def, itemId);
  if (!place) return refuse('That question is no longer in this instrument.');
  const item = buildItem(itemId, { ...draft, type: place.item.type }, place.item, () => itemId);
  if (typeof item === 'string') return refuse(item);
  const next = clone(def);
  next.sections[place.sectionIndex]!.items[place.itemIndex] = item;
  return { ok: true, definition: next, notes: [] };
}

export type Placement = { sectionId: string } | { newSectionTitle: LocalisedText };

/** Adds a question at the end of a section, or in a new section at the end of the instrument. */
export function addQuestion(def: InstrumentDefinition, placement: Placement, draft: QuestionDraft): EditResult<{ id: string }> {
  const taken = usedIds(def);
  const id = idFromText(draft.text.en, taken);
  taken.add(id);
  const item = buildItem(id, draft, null, () => idFromText(draft.text.en, taken, 's'));
  if (typeof item === 'string') return refuse(item);
  const next = clone(def);
  if ('sectionId' in placement) {
    const section = next.sections.find((s) => s.id === placement.sectionId);
    if (!section) return refuse('That section is no longer in this instrument.');
    section.items.push(item);
  } else {
    next.sections.push({ id: idFromText(placement.newSectionTitle.en, taken, 'section'), title: placement.newSectionTitle, items: [item] });
  }
  return { ok: true, definition: next, notes: [], id };
}

/** Renames a section and sets or clears its introduction. */
export function updateSection(def: InstrumentDefinition, sectionId: string, title: LocalisedText, intro: LocalisedText | undefined): EditResult {
  const index = def.sections.findIndex((s) => s.id === sectionId);
  if (index < 0) return refuse('That section is no longer in this instrument.');
  const next = clone(def);
  const { intro: _old, ...rest } = next.sections[index]!;
  next.sections[index] = { ...rest, title, ...(intro ? { intro } : {}) };
  return { ok: true, definition: next, notes: [] };
}
