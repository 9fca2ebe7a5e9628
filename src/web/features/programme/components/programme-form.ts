// The edit-programme form: values from a programme, checks, and a PATCH carrying only what
// changed plus the version it was based on (the server answers 409 if someone else saved first).
import { checkStartEnd } from '../../../components/forms/date-checks.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';
import { requireFields } from '../../../components/forms/useForm.js';
import { splitDateValue, joinDateParts } from '../../../lib/dates.js';
import type { ProgrammePatch, ProgrammeView } from '../api/programme-api.js';

export interface ProgrammeValues {
  [field: string]: string;
  name: string;
  sponsor: string;
  description: string;
  startDate: string;
  endDate: string;
}

const asInputDate = (iso: string) => joinDateParts(splitDateValue(iso));

export function programmeValues(p: ProgrammeView): ProgrammeValues {
  return { name: p.name, sponsor: p.sponsor, description: p.description, startDate: asInputDate(p.startDate), endDate: asInputDate(p.endDate) };
}

const dates = (v: ProgrammeValues) => checkStartEnd(v, true);

export function validateProgramme(v: ProgrammeValues): FormProblem[] {
  return [...requireFields(v, { name: 'Enter the programme name', sponsor: 'Enter the name of the sponsor' }), ...dates(v).problems];
}

export function programmePatch(base: ProgrammeView, v: ProgrammeValues): ProgrammePatch {
  const { startIso, endIso } = dates(v);
  const patch: ProgrammePatch = { version: base.version };
  if (v.name.trim() !== base.name) patch.name = v.name.trim();
  if (v.sponsor.trim() !== base.sponsor) patch.sponsor = v.sponsor.trim();
  if (v.description.trim() !== base.description) patch.description = v.description.trim();
  if (startIso && startIso !== base.startDate) patch.startDate = startIso;
  if (endIso && endIso !== base.endDate) patch.endDate = endIso;
  return patch;
}

/** The fields where the other person's saved value differs from what this form started from. */
const EDITABLE = ['name', 'sponsor', 'description', 'startDate', 'endDate'] as const;
export type EditableField = (typeof EDITABLE)[number];

export function conflictingFields(base: ProgrammeView, current: ProgrammeView): EditableField[] {
  return EDITABLE.filter((f) => base[f] !== current[f]);
}
