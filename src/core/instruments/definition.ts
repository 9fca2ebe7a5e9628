// The shape of a survey instrument, as data: sections of items on named response scales,
// constructs that map items (some reverse-scored) onto a framework, the positive threshold,
// and demographic questions. Built-in instruments and admins' edited copies share this shape,
// and a published version is never changed: edits make a new version.
import { z } from 'zod';

export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text in English, with Welsh where the instrument offers it. */
export const localisedText = z.strictObject({
  en: z.string().trim().min(1).max(2000),
  cy: z.string().trim().min(1).max(2000).optional(),
});
export type LocalisedText = z.infer<typeof localisedText>;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,63}$/, 'Use lower-case letters, digits, hyphens or underscores, starting with a letter');

export const SCALE_KINDS = ['agreement5', 'agreement7', 'frequency5', 'zero_to_ten', 'levels4', 'importance4'] as const;
export type ScaleKind = (typeof SCALE_KINDS)[number];

/** An ordered response scale. Values are small integers, lowest first; higher is better after reverse scoring. */
export const scaleSchema = z.strictObject({
  id,
  kind: z.enum(SCALE_KINDS),
  options: z.array(z.strictObject({ value: z.number().int().min(0).max(10), label: localisedText })).min(2).max(11),
  /** Answers at or above this value count as positive (e.g. 4 = "agree" on a 5-point agreement scale). */
  positiveFrom: z.number().int().min(0).max(10),
  /** A "don't know / not applicable" option, stored as null and left out of every score. */
  notApplicable: localisedText.optional(),
});
export type Scale = z.infer<typeof scaleSchema>;

export const choiceOption = z.strictObject({ value: id, label: localisedText });
export type ChoiceOption = z.infer<typeof choiceOption>;

/** Who the statement is about, for instruments that ask for two views (own behaviour and one's leaders'). */
export const PERSPECTIVES = ['self', 'leaders', 'team', 'organisation', 'subject'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

const itemBase = {
  id,
  text: localisedText,
  hint: localisedText.optional(),
  required: z.boolean().default(false),
};

export const scaleItem = z.strictObject({
  ...itemBase,
  type: z.literal('scale'),
  scale: id,
  reverse: z.boolean().default(false),
  perspective: z.enum(PERSPECTIVES).optional(),
});
/** A set of statements sharing one scale; each row is its own question (and its own fieldset on screen). */
export const gridItem = z.strictObject({
  ...itemBase,
  type: z.literal('grid'),
  scale: id,
  perspective: z.enum(PERSPECTIVES).optional(),
  rows: z
    .array(z.strictObject({ id, text: localisedText, reverse: z.boolean().default(false) }))
    .min(1)
    .max(30),
});
export const singleChoiceItem = z.strictObject({ ...itemBase, type: z.literal('single'), options: z.array(choiceOption).min(2).max(50) });
export const multipleChoiceItem = z.strictObject({
  ...itemBase,
  type: z.literal('multiple'),
  options: z.array(choiceOption).min(2).max(50),
  maxChoices: z.number().int().min(1).optional(),
});
export const textItem = z.strictObject({ ...itemBase, type: z.literal('text'), maxLength: z.number().int().min(1).max(5000).default(2000) });

export const itemSchema = z.discriminatedUnion('type', [scaleItem, gridItem, singleChoiceItem, multipleChoiceItem, textItem]);
export type Item = z.infer<typeof itemSchema>;
export type ItemInput = z.input<typeof itemSchema>;

export const sectionSchema = z.strictObject({
  id,
  title: localisedText,
  intro: localisedText.optional(),
  items: z.array(itemSchema).min(1).max(80),
});
export type Section = z.infer<typeof sectionSchema>;

/** Frameworks a construct can belong to (see DESIGN.md §4). */
export const FRAMEWORKS = [
  'cultural_element',
  'compassionate_leadership',
  'real_team',
  'innovation_culture',
  'healthcare_leadership_model',
  'boundary_working',
  'patient_experience',
  'outcome',
] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** A scale score: the mean of the listed items (grid rows count as items) a respondent answered. */
export const constructSchema = z.strictObject({
  id,
  name: localisedText,
  framework: z.enum(FRAMEWORKS),
  /** The framework's own key for this construct, e.g. "teamwork" or "attending". */
  frameworkKey: z.string().min(1).max(64),
  perspective: z.enum(PERSPECTIVES).optional(),
  items: z.array(id).min(1),
});
export type Construct = z.infer<typeof constructSchema>;

/** A demographic question: answered on the survey, or taken from the staff record and frozen at launch. */
export const demographicSchema = z.strictObject({
  id,
  question: localisedText,
  options: z.array(choiceOption).min(2).max(30),
  /** Always offered, so nobody has to disclose. */
  preferNotToSay: z.boolean().default(true),
});
export type Demographic = z.infer<typeof demographicSchema>;

export const AUDIENCES = ['staff', 'patients', 'raters'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const instrumentSchema = z.strictObject({
  /** Stable key shared by every version, e.g. "leadership-behaviours". */
  key: id,
  title: localisedText,
  description: localisedText,
  /** Where the framework comes from, named (e.g. "The King's Fund, Caring to change, 2017"). */
  source: z.string().trim().min(1).max(500),
  audience: z.enum(AUDIENCES),
  languages: z.array(z.enum(LANGUAGES)).min(1),
  scales: z.array(scaleSchema).min(1),
  sections: z.array(sectionSchema).min(1).max(30),
  constructs: z.array(constructSchema).default([]),
  demographics: z.array(demographicSchema).default([]),
});
export type InstrumentDefinition = z.infer<typeof instrumentSchema>;
export type InstrumentInput = z.input<typeof instrumentSchema>;
