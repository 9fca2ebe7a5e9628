// Plain-English descriptions of an instrument's parts, for the library and editing pages.
import type { Framework, InstrumentDefinition, Item, ScaleKind } from '../../../../core/instruments/definition.js';
import type { InstrumentSummary } from '../api/instruments-api.js';

export const SCALE_KIND_NAMES: Record<ScaleKind, string> = {
  agreement5: 'agreement, 5 points',
  agreement7: 'agreement, 7 points',
  frequency5: 'how often, 5 points',
  zero_to_ten: '0 to 10',
  levels4: 'the four leadership levels',
  importance4: 'importance, 4 points',
};

export const FRAMEWORK_NAMES: Record<Framework, string> = {
  cultural_element: 'Cultural element',
  compassionate_leadership: 'Compassionate leadership',
  real_team: 'Real teams',
  innovation_culture: 'Culture of innovation',
  healthcare_leadership_model: 'Healthcare Leadership Model',
  boundary_working: 'Working across boundaries',
  patient_experience: 'Patient experience',
  outcome: 'Outcome',
};

export const AUDIENCE_NAMES = { staff: 'Staff', patients: 'Patients, service users and carers', raters: 'Colleagues giving 360 feedback' } as const;

/** The scale's name with its first and last option, such as "agreement, 5 points (Strongly disagree to Strongly agree)". */
export function scaleName(def: InstrumentDefinition, scaleId: string): string {
  const scale = def.scales.find((s) => s.id === scaleId);
  if (!scale) return scaleId;
  const first = scale.options[0]?.label.en;
  const last = scale.options.at(-1)?.label.en;
  return `${SCALE_KIND_NAMES[scale.kind]} (${first} to ${last})`;
}

/** What kind of answer a question takes, in a few words. */
export function answerKind(def: InstrumentDefinition, item: Item): string {
  switch (item.type) {
    case 'grid':
      return `${item.rows.length} ${item.rows.length === 1 ? 'statement' : 'statements'} rated on ${scaleName(def, item.scale)}`;
    case 'scale':
      return `Rated on ${scaleName(def, item.scale)}`;
    case 'single':
      return `Choose one of ${item.options.length} options`;
    case 'multiple':
      return `Choose any of ${item.options.length} options${item.maxChoices ? `, up to ${item.maxChoices}` : ''}`;
    case 'text':
      return `Written answer, up to ${item.maxLength.toLocaleString('en-GB')} characters`;
  }
}

export function statusText(instrument: Pick<InstrumentSummary, 'builtIn' | 'status' | 'version'>): string {
  if (instrument.builtIn) return 'Built in';
  return `${instrument.status === 'draft' ? 'Draft' : 'Published'}, version ${instrument.version}`;
}

/** "Leadership behaviours survey, version 1" for a basedOn of "builtin:leadership-behaviours@1". */
export function basedOnText(basedOn: string | null, library: readonly Pick<InstrumentSummary, 'ref' | 'title'>[]): string | null {
  if (!basedOn) return null;
  const at = basedOn.lastIndexOf('@');
  const ref = at > 0 ? basedOn.slice(0, at) : basedOn;
  const version = at > 0 ? basedOn.slice(at + 1) : null;
  const title = library.find((i) => i.ref === ref)?.title ?? 'An instrument that has since been removed';
  return version ? `${title}, version ${version}` : title;
}

/** Where each scored statement counts, by statement id. */
export function constructNamesByStatement(def: InstrumentDefinition): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const construct of def.constructs) {
    for (const id of construct.items) names.set(id, [...(names.get(id) ?? []), construct.name.en]);
  }
  return names;
}

export interface MoveTarget {
  kind: 'question' | 'statement';
  id: string;
  /** What is moving, for the announcement, such as "question 3, Your team". */
  label: string;
}

/** The id of the element showing a question's or statement's text, which takes focus after a move. */
export const elementIdFor = (target: Pick<MoveTarget, 'kind' | 'id'>) => `${target.kind === 'question' ? 'q' : 's'}-${target.id}`;
