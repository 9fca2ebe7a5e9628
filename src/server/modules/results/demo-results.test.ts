import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../kernel/transaction.js';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.js';
import { loadDemo } from '../demo/index.js';
import { DEMO_SURVEY_TITLE } from '../surveys/index.js';

let ctx: TestContext;
let board: Agent;
let orgId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  orgId = (await inTransaction(ctx.handle.db, (trx) => loadDemo(trx))).organisationId;
  board = await ctx.agent(orgId, ['board']);
});
afterAll(() => ctx.close());

describe('the demo organisation’s staff pulse', () => {
  it('is closed and shows results across the trust, with small units protected', async () => {
    const surveys = (await board.get(`/api/v1/organisations/${orgId}/surveys`)).json().items as { id: string; title: string; status: string; audienceSize: number }[];
    const pulse = surveys.find((s) => s.title === DEMO_SURVEY_TITLE)!;
    expect(pulse.status).toBe('closed');
    const res = await board.get(`/api/v1/organisations/${orgId}/surveys/${pulse.id}/results/heatmap`);
    expect(res.statusCode, res.body).toBe(200);
    const heatmap = res.json() as { measures: { id: string }[]; rows: { respondents: number | null; cells: { status: string; n: number | null; mean: number | null }[] }[] };
    expect(heatmap.measures).toHaveLength(8);
    const whole = heatmap.rows[0]!;
    // About six in ten of roughly 3,000 answered.
    expect(whole.respondents).toBeGreaterThan(0.4 * pulse.audienceSize);
    expect(whole.respondents).toBeLessThan(0.8 * pulse.audienceSize);
    const cells = heatmap.rows.flatMap((r) => r.cells);
    expect(cells.filter((c) => c.status === 'shown').length).toBeGreaterThan(200);
    expect(cells.some((c) => c.status === 'too_few')).toBe(true);
    // Nothing shown for fewer than 11, and means on the 0–10 scale, varying between units.
    expect(cells.every((c) => c.status !== 'shown' || (c.n! >= 11 && c.mean! >= 0 && c.mean! <= 10))).toBe(true);
    const means = cells.filter((c) => c.status === 'shown').map((c) => c.mean!);
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(2);

    // The winter 2025 pulse can be compared, and the trust as a whole has moved since.
    const comparable = (await board.get(`/api/v1/organisations/${orgId}/surveys/${pulse.id}/results/comparable`)).json().items as { id: string; title: string }[];
    // The leadership survey shares the pulse's statements (the pulse was drawn from it), so it can be compared too.
    expect(comparable.map((s) => s.title)).toEqual(['Leadership behaviours survey, spring 2026', 'Staff pulse, winter 2025']);
    const rootId = (heatmap.rows[0] as unknown as { unitId: string }).unitId;
    const cmp = (await board.get(`/api/v1/organisations/${orgId}/surveys/${pulse.id}/results/units/${rootId}/comparison?with=${comparable[1]!.id}`)).json();
    expect(cmp.measures).toHaveLength(8);
    expect(cmp.measures.filter((m: { significant: boolean; difference: number }) => m.significant && m.difference > 0).length).toBeGreaterThan(4);

    // Engagement's drivers: every element moves with it, ranked from the strongest.
    const drivers = (await board.get(`/api/v1/organisations/${orgId}/surveys/${pulse.id}/results/drivers?outcome=engagement`)).json();
    const rs = drivers.measures.map((d: { r: number }) => d.r);
    expect(rs).toHaveLength(7);
    expect(rs).toEqual([...rs].sort((a: number, b: number) => b - a));
    expect(rs.every((r: number) => r > 0.2 && r < 1)).toBe(true);
    expect(drivers.regression.r2).toBeGreaterThan(0.2);
    expect(drivers.regression.r2).toBeLessThan(1);
  });

  it('is the same every time it is loaded', async () => {
    const second = (await inTransaction(ctx.handle.db, (trx) => loadDemo(trx))).organisationId;
    const reader = await ctx.agent(second, ['board']);
    const heatmapOf = async (agent: Agent, org: string) => {
      const pulse = ((await agent.get(`/api/v1/organisations/${org}/surveys`)).json().items as { id: string; title: string }[]).find((x) => x.title === DEMO_SURVEY_TITLE)!;
      const rows = (await agent.get(`/api/v1/organisations/${org}/surveys/${pulse.id}/results/heatmap`)).json().rows as { name: string; respondents: number | null; cells: unknown[] }[];
      return rows.map((r) => [r.name, r.respondents, r.cells]);
    };
    expect(await heatmapOf(reader, second)).toEqual(await heatmapOf(board, orgId));
  });

  it('has a leadership survey of Band 7 and above whose comments can be read and coded', async () => {
    const surveys = (await board.get(`/api/v1/organisations/${orgId}/surveys`)).json().items as { id: string; title: string; status: string }[];
    const lbs = surveys.find((s) => s.title === 'Leadership behaviours survey, spring 2026')!;
    const comments = (await board.get(`/api/v1/organisations/${orgId}/surveys/${lbs.id}/results/comments?limit=500`)).json();
    expect(comments.status).toBe('shown');
    // Each of the sixty sample comments is given once, by about one respondent in three.
    expect(comments.total).toBeGreaterThan(40);
    expect(comments.total).toBeLessThanOrEqual(60);
    expect(new Set(comments.comments.map((c: { text: string }) => c.text)).size).toBe(comments.total);
  });
});
