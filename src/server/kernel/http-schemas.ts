// Request shapes shared by many routes.
import { z } from 'zod';

export const id = z.string().uuid({ message: 'Must be an identifier' });
export const orgParams = z.strictObject({ orgId: id });
export const pageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
/** A calendar date, YYYY-MM-DD, that really exists. */
export const isoDate = z.iso.date({ message: 'Enter a real date' });
