import { describe, expect, it } from 'vitest';
import { withDemoOrganisation } from '../../test/demo-fixture.js';

const demo = withDemoOrganisation();

interface Card { key: string; points: number; latest: { period: string } | null; variation: string | null; assurance: string | null; target: number | null; reasons: string[] }

describe('the demo organisation’s dashboard', () => {
  it('has monthly, quarterly and yearly figures, charts where there are enough points, and targets to read them against', async () => {
    const board = await demo.as('board');
    const res = await board.get(`/api/v1/organisations/${demo.orgId}/metrics/dashboard`);
    expect(res.statusCode, res.body).toBe(200);
    const cards = new Map<string, Card>((res.json().elements as { metrics: Card[] }[]).flatMap((e) => e.metrics).map((m) => [m.key, m]));
    const sickness = cards.get('sickness-absence')!;
    expect(sickness).toMatchObject({ points: 30, latest: { period: '2026-10' }, target: 4.5 });
    // The wellbeing programme's step down (from month 17) is a run well below the old mean.
    expect(sickness.variation).toBe('special_cause_improvement');
    expect(sickness.assurance).not.toBeNull();
    expect(cards.get('shmi')).toMatchObject({ points: 9, latest: { period: '2026-Q3' }, variation: null });
    expect(cards.get('shmi')!.reasons.join(' ')).toMatch(/13 points/);
    expect(cards.get('staff-engagement')).toMatchObject({ points: 3, latest: { period: '2026' } });
    expect(cards.get('ae-four-hour')!.points).toBe(0);
  });
});
