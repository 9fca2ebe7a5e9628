import { z } from 'zod';
import { UNIT_KINDS } from '../../../core/organisation/unit-tree.js';
import { id } from '../../kernel/http-schemas.js';

const name = z.string().trim().min(1, 'Enter a name').max(200, 'Enter a name of 200 characters or fewer');
const externalCode = z
  .string()
  .trim()
  .min(1, 'Enter a unit code')
  .max(64, 'Enter a code of 64 characters or fewer')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/ ]*$/, 'Use letters, numbers, spaces, dots, dashes, slashes or underscores');
const kind = z.enum(UNIT_KINDS, { message: `Choose one of: ${UNIT_KINDS.join(', ')}` });

export const createUnitBody = z.strictObject({ name, externalCode, kind, parentId: id.nullable() });
export const updateUnitBody = z
  .strictObject({ name, externalCode, kind, parentId: id.nullable() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Change at least one field' });
export const unitParams = z.strictObject({ orgId: id, unitId: id });

export const unitView = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  externalCode: z.string(),
  name: z.string(),
  kind: z.string(),
  staffCount: z.number(),
});
export type UnitView = z.infer<typeof unitView>;
