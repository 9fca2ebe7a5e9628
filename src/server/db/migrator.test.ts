import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestContext } from '../test/harness.js';
import { migrations } from './migrations/index.js';

async function tableNames(ctx: Awaited<ReturnType<typeof createTestContext>>): Promise<string[]> {
  const tables = await ctx.handle.db.introspection.getTables();
  return tables.map((t) => t.name).filter((n) => !n.startsWith('kysely_')).sort();
}

describe('migrations', () => {
  it('create every table, run down cleanly and up again, on this engine', async () => {
    const ctx = await createTestContext();
    try {
      const created = await tableNames(ctx);
      expect(created).toEqual([
        'app_state', 'audit_events', 'benchmark_sets', 'change_team_members', 'comment_codes', 'conversation_excerpts', 'conversations', 'discussion_guides', 'excerpt_codings', 'feedback_raters', 'feedback_requests', 'feedback_responses',
        'feedback_shares', 'feedback_spent_markers', 'fft_results', 'import_runs', 'instrument_versions', 'instruments',
        'mail_outbox', 'memberships', 'metric_settings', 'metric_values', 'org_units', 'organisations', 'patient_feedback', 'patient_feedback_codes', 'people', 'programme_phases', 'programmes',
        'result_releases', 'sessions', 'survey_invitations', 'survey_responses', 'survey_spent_markers', 'survey_units',
        'surveys', 'syntheses', 'synthesis_cells', 'users',
      ]);
      for (const name of Object.keys(migrations).reverse()) await migrations[name as keyof typeof migrations].down(ctx.handle.db);
      expect(await tableNames(ctx)).toEqual([]);
      for (const name of Object.keys(migrations)) await migrations[name as keyof typeof migrations].up(ctx.handle.db);
      expect(await tableNames(ctx)).toEqual(created);
    } finally {
      await ctx.close();
    }
  });

  it('put organisation_id on every tenant-owned table', async () => {
    const ctx = await createTestContext();
    try {
      const global = new Set(['app_state', 'organisations', 'users', 'sessions']);
      for (const table of await ctx.handle.db.introspection.getTables()) {
        if (table.name.startsWith('kysely_') || global.has(table.name)) continue;
        expect({ table: table.name, hasOrg: table.columns.some((c) => c.name === 'organisation_id') }).toEqual({ table: table.name, hasOrg: true });
      }
    } finally {
      await ctx.close();
    }
  });

  it('enforce foreign keys on this engine', async () => {
    const ctx = await createTestContext();
    try {
      const insert = sql`INSERT INTO org_units (id, organisation_id, parent_id, external_code, name, kind, created_at, updated_at)
        VALUES ('u1', 'no-such-org', NULL, 'X', 'X', 'ward', '2026-01-01', '2026-01-01')`.execute(ctx.handle.db);
      await expect(insert).rejects.toThrow(/foreign key/i);
    } finally {
      await ctx.close();
    }
  });
});
