// The leadership workforce analysis over the API, on the demo trust (about 3,000 staff in post
// and a year's leavers). Figures are checked against counts made here from the staff rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { withDemoOrganisation } from '../../test/demo-fixture.js';
import type { Agent } from '../../test/harness.js';

const demo = withDemoOrganisation();
let board: Agent;
let staffMember: Agent;
const url = (rest = '') => `/api/v1/organisations/${demo.orgId}/workforce${rest}`;
type Cell = { status: string; n?: number; value?: number };

beforeAll(async () => {
  board = await demo.as('board');
  staffMember = await demo.as('staff');
});

describe('the leadership workforce analysis', () => {
  it('counts the organisation’s leaders and leavers as the staff record has them', async () => {
    const res = await board.get(url('?asOf=2026-10-31'));
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect([a.from, a.to, a.k]).toEqual(['2025-11-01', '2026-11-01', 11]);
    const people = await demo.ctx.handle.db.selectFrom('people').select(['is_leader', 'pay_band', 'leaving_date', 'start_date']).where('organisation_id', '=', demo.orgId).execute();
    const inPost = people.filter((p) => p.leaving_date === null || p.leaving_date! >= '2026-10-31');
    const org = a.leaders.rows.find((r: { unitId: string | null }) => r.unitId === null);
    expect(org.workforce).toMatchObject({ status: 'shown', value: inPost.length });
    // Leaders by the default rule: marked, or 8a and above, or consultant.
    const leaders = inPost.filter((p) => p.is_leader === 1 || /^Band (8[a-d]|9)$/.test(p.pay_band ?? '') || p.pay_band === 'Consultant').length;
    expect(org.leaders).toMatchObject({ status: 'shown', value: leaders });
    // Turnover: leavers in the period over the average of headcounts at its start and end.
    const t = a.turnover.rows.find((r: { unitId: string | null }) => r.unitId === null).all;
    const atStart = people.filter((p) => (p.start_date ?? '') <= '2025-11-01' && (p.leaving_date === null || p.leaving_date! >= '2025-11-01')).length;
    const atEnd = people.filter((p) => (p.start_date ?? '') <= '2026-11-01' && (p.leaving_date === null || p.leaving_date! >= '2026-11-01')).length;
    const leavers = people.filter((p) => p.leaving_date !== null && p.leaving_date! >= '2025-11-01' && p.leaving_date! < '2026-11-01').length;
    expect(t.leavers).toMatchObject({ status: 'shown', value: leavers });
    expect(t.turnoverRate.value).toBeCloseTo(leavers / ((atStart + atEnd) / 2), 12);
    // No per-manager list leaves the server; faults in manager links are only counted.
    expect(a.span.managers).toBeUndefined();
    expect(a.span.linkProblems).toEqual({ cycles: 0, managesSelf: 0, managerUnknown: 0, managerNotInPost: expect.any(Number) });
  });

  it('never shows a count below 11', async () => {
    const a = (await board.get(url('?asOf=2026-10-31'))).json();
    const cells: Cell[] = [];
    const walk = (x: unknown) => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        if (['shown', 'too_few', 'protects_another', 'none'].includes(o.status as string)) cells.push(o as Cell);
        Object.values(o).forEach(walk);
      }
    };
    walk([a.leaders, a.turnover, a.age, a.succession, a.representation, a.span.rows]);
    expect(cells.length).toBeGreaterThan(500);
    expect(cells.filter((c) => c.status === 'shown' && !(c.n! >= 11)).slice(0, 5)).toEqual([]);
    expect(cells.some((c) => c.status === 'too_few')).toBe(true);
  });

  it('refuses a bad or future date, and people without access', async () => {
    expect((await board.get(url('?asOf=2026-02-30'))).statusCode).toBe(400);
    expect((await board.get(url('?asOf=2999-01-01'))).statusCode).toBe(422);
    expect((await staffMember.get(url())).statusCode).toBe(403);
    const csv = await board.get(url('/export?format=csv&asOf=2026-10-31'));
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split(/\r?\n/)[0]).toMatch(/^Unit,Staff in post,Leaders,/);
  });
});
