// The demo trust's patient experience, as a newcomer first sees it: 30 months of FFT with the
// publication's suppression visible in the latest month, and about 120 complaints and
// compliments, redacted, two thirds coded, the rest with suggestions.
import { describe, expect, it } from 'vitest';
import { withDemoOrganisation } from '../../test/demo-fixture.js';
import { DEMO_COMPLAINTS, DEMO_COMPLIMENTS } from './demo-feedback-texts.js';

const demo = withDemoOrganisation();
const url = (rest = '') => `/api/v1/organisations/${demo.orgId}/patient-experience${rest}`;

interface Row { name: string; status: string; responses: number | null; percentPositive: number | null }

describe('the demo organisation’s patient experience', () => {
  it('has 30 months of FFT at a realistic level, with one small ward hidden in the latest month', async () => {
    const board = await demo.as('board');
    const res = await board.get(url());
    expect(res.statusCode, res.body).toBe(200);
    const { fft } = res.json();
    expect(fft.periods).toHaveLength(30);
    expect([fft.periods[0], fft.periods.at(-1)]).toEqual(['2024-05', '2026-10']);
    expect(fft.gaps).toEqual([]);
    expect(Math.min(...fft.values)).toBeGreaterThanOrEqual(93);
    expect(Math.max(...fft.values)).toBeLessThanOrEqual(96.5);
    expect(fft.spc.partitions[0].upl).not.toBeNull();
    const rows = new Map<string, Row>(fft.latest.rows.map((r: Row) => [r.name, r]));
    expect(fft.latest.period).toBe('2026-10');
    expect(rows.size).toBe(8);
    // Five divisions of a few hundred responses each, summing to the trust's figure.
    const divisions = ['Medicine', 'Surgery and Critical Care', 'Women and Children', 'Clinical Support Services', 'Community and Integrated Care'].map((n) => rows.get(n)!);
    for (const d of divisions) expect(d.status).toBe('shown');
    expect(divisions.reduce((s, d) => s + d.responses!, 0)).toBe(rows.get('Whole organisation')!.responses);
    expect(rows.get('Ward 12 (Care of Older People)')).toMatchObject({ status: 'too_few', responses: null, percentPositive: null });
    expect(rows.get('Ward 11 (Care of Older People)')!.status).toBe('protects_another');
    expect(rows.get('Ward 11 (Care of Older People)')!.percentPositive).toBeGreaterThan(85);
  });

  it('has complaints and compliments, redacted, partly coded, with strengths and concerns to read', async () => {
    const board = await demo.as('board');
    const { feedback } = (await board.get(url())).json();
    expect(feedback.total).toBe(DEMO_COMPLIMENTS.length + DEMO_COMPLAINTS.length);
    expect(feedback.total).toBeGreaterThanOrEqual(115);
    const organisation = feedback.units[0];
    expect(organisation.strengths.status).toBe('shown');
    expect(organisation.strengths.byTheme.support_compassion).toBeGreaterThan(10);
    expect(organisation.concerns.byTheme.goals_performance).toBeGreaterThan(5);
    expect(feedback.units.some((u: { strengths: { status: string } }) => u.strengths.status === 'too_few')).toBe(true);

    const list = await board.get(url('/feedback?limit=500'));
    for (const secret of ['Megan', 'Hughes', 'Okafor', '07700 900461', 'jo.carter']) expect(list.body).not.toContain(secret);
    const items = list.json().items as { text: string; themes: string[]; suggestions: unknown[] }[];
    expect(items.some((i) => i.text.startsWith('[name] was short with me'))).toBe(true);
    expect(items.some((i) => i.text.includes('Nobody on the [unit] answers the phone.'))).toBe(true);
    const uncoded = items.filter((i) => i.themes.length === 0);
    expect(uncoded.length).toBeGreaterThan(30);
    expect(uncoded.filter((i) => i.suggestions.length > 0).length).toBeGreaterThan(10);
  });
});
