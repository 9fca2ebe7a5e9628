// The add and change unit form: checks, and the smallest PATCH that makes the change.
import { requireFields } from '../../../components/forms/useForm.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';
import type { UnitInput, UnitKind } from '../api/units-api.js';
import type { UnitRow } from '../lib/unit-tree.js';

export interface UnitValues {
  [field: string]: string;
  name: string;
  externalCode: string;
  kind: string;
  parentId: string;
}

export function unitValues(unit: UnitRow | null, parentId = ''): UnitValues {
  return unit
    ? { name: unit.name, externalCode: unit.externalCode, kind: unit.kind, parentId: unit.parentId ?? '' }
    : { name: '', externalCode: '', kind: '', parentId };
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/ ]*$/;

export function validateUnit(v: UnitValues): FormProblem[] {
  const problems = requireFields(v, { name: 'Enter the name of the unit', externalCode: 'Enter the unit code', kind: 'Select the kind of unit' });
  const code = v.externalCode.trim();
  if (code && !CODE.test(code)) {
    problems.push({ field: 'externalCode', message: 'Unit code must start with a letter or number and use only letters, numbers, spaces, dots, dashes, slashes or underscores' });
  }
  return problems;
}

export function unitInput(v: UnitValues): UnitInput {
  return { name: v.name.trim(), externalCode: v.externalCode.trim(), kind: v.kind as UnitKind, parentId: v.parentId || null };
}

/** Only the fields that changed; an empty object means nothing to send. */
export function unitPatch(before: UnitRow, v: UnitValues): Partial<UnitInput> {
  const next = unitInput(v);
  const patch: Partial<UnitInput> = {};
  if (next.name !== before.name) patch.name = next.name;
  if (next.externalCode !== before.externalCode) patch.externalCode = next.externalCode;
  if (next.kind !== before.kind) patch.kind = next.kind;
  if (next.parentId !== before.parentId) patch.parentId = next.parentId;
  return patch;
}
