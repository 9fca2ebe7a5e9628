// What a richer Electronic Staff Record extract adds for the leadership workforce analysis:
// when each person started and left (and why), their full-time equivalent, their line
// manager's assignment number, and whether their post is a key leadership role with how many
// ready-now successors. All optional: a basic staff list still imports.
import type { Kysely } from 'kysely';

const COLUMNS: [name: string, type: 'text' | 'double precision' | 'integer'][] = [
  ['start_date', 'text'],
  ['leaving_date', 'text'],
  ['leaving_reason', 'text'],
  ['fte', 'double precision'],
  ['line_manager', 'text'],
  ['key_role', 'integer'],
  ['successors', 'integer'],
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, type] of COLUMNS) await db.schema.alterTable('people').addColumn(name, type).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of [...COLUMNS].reverse()) await db.schema.alterTable('people').dropColumn(name).execute();
}
