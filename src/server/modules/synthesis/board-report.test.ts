// The board report on the demo trust: its figures are the screens' figures (the heatmap, the
// dashboard, the synthesis), cell for cell, and the same document downloads as a Word file and
// a tagged PDF of some forty pages.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument, TableBlock } from '../../../core/report/index.js';
import { withDemoOrganisation } from '../../test/demo-fixture.js';
import type { Agent } from '../../test/harness.js';
import { pages, pdfObjects } from '../report/pdf-inspect.js';

const demo = withDemoOrganisation();
let lead: Agent;
let board: Agent;
let programmeId: string;
let report: ReportDocument;
const url = (rest = '') => `/api/v1/organisations/${demo.orgId}/programmes/${programmeId}${rest}`;
const tables = (doc: ReportDocument) => doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'table' ? [b] : b.type === 'chart' && b.table ? [b.table] : [])));
const table = (caption: string | RegExp) => tables(report).find((t) => (typeof caption === 'string' ? t.caption === caption : caption.test(t.caption))) as TableBlock;

beforeAll(async () => {
  lead = await demo.as('programme_lead');
  board = await demo.as('board');
  programmeId = (await lead.get(`/api/v1/organisations/${demo.orgId}/programmes`)).json().items[0].id;
  const rated = await lead.request({ method: 'PUT', url: url('/synthesis/cells/teamwork/overall'), payload: { version: 0, rating: 'strength', narrative: 'Teams pull together, across boundaries less so.' } });
  expect(rated.statusCode).toBe(200);
  const res = await board.get(url('/report'));
  expect(res.statusCode, res.body).toBe(200);
  report = res.json();
});

describe('the board report', () => {
  it('carries the change team’s ratings as the synthesis has them', async () => {
    const synthesis = (await board.get(url('/synthesis'))).json();
    const summary = table('Each cultural element: the change team’s overall rating and how far the sources agree');
    expect(summary.rows.map((r) => r[0])).toEqual(synthesis.elements.map((e: { name: string }) => e.name));
    expect(summary.rows.find((r) => r[0] === 'Teamwork')![1]).toBe('Strength');
    expect(summary.rows.find((r) => r[0] === 'Vision and values')![1]).toBe('Not rated');
    expect(report.sections.find((s) => s.heading === 'Teamwork')!.blocks).toContainEqual({ type: 'paragraph', text: 'Teams pull together, across boundaries less so.' });
    expect(report.sections[0]!.blocks[0]).toMatchObject({ type: 'callout', title: 'Draft' });
  });

  it('shows the leadership survey heatmap with the very cells the results screen shows, hidden ones included', async () => {
    const surveys = (await lead.get(`/api/v1/organisations/${demo.orgId}/surveys`)).json().items;
    const leadership = surveys.find((s: { title: string }) => s.title.startsWith('Leadership behaviours survey'));
    const heatmap = (await board.get(`/api/v1/organisations/${demo.orgId}/surveys/${leadership.id}/results/heatmap`)).json();
    const t = table(/how staff rate their leaders, score out of 10 by division$/);
    const columns = heatmap.measures.flatMap((m: { framework: string; perspective: string; name: string }, i: number) => (m.framework === 'cultural_element' && m.perspective === 'leaders' ? [{ name: m.name, i }] : []));
    expect(t.columns.slice(1).map((c) => c.header)).toEqual(columns.map((c: { name: string }) => c.name));
    const rows = heatmap.rows.filter((r: { depth: number }) => r.depth <= 1);
    expect(t.rows).toHaveLength(rows.length);
    let hidden = 0;
    for (const [k, r] of rows.entries()) {
      expect(t.rows[k]![0]).toBe(r.name);
      for (const [j, c] of columns.entries()) {
        const cell = r.cells[c.i];
        expect(t.rows[k]![j + 1]).toBe(cell.status === 'shown' ? cell.mean : null);
        if (cell.status !== 'shown') hidden++;
      }
    }
    expect(hidden).toBeGreaterThan(0);
  });

  it('gives each dashboard metric’s latest figure as the dashboard does, with an SPC chart', async () => {
    const dash = (await board.get(`/api/v1/organisations/${demo.orgId}/metrics/dashboard`)).json();
    const sickness = dash.elements.flatMap((e: { metrics: unknown[] }) => e.metrics).find((m: { key: string }) => m.key === 'sickness-absence');
    const t = tables(report).find((x) => x.caption === 'Culture and outcomes dashboard: latest figures judged with SPC' && x.rows.some((r) => r[0] === sickness.name))!;
    const row = t.rows.find((r) => r[0] === sickness.name)!;
    expect(row[1]).toBe(`${Math.round(sickness.latest.value * 100) / 100}%`);
    expect(row[2]).toBe(sickness.latest.period);
    const charts = report.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'chart');
    expect(charts.find((c) => c.type === 'chart' && c.title.startsWith(sickness.name))).toBeDefined();
    expect(charts.every((c) => c.type === 'chart' && c.alt.length > 20 && c.svg.startsWith('<svg'))).toBe(true);
  });

  it('downloads as a Word document and as a tagged PDF of some forty pages', async () => {
    const docx = await board.request({ method: 'GET', url: url('/report.docx') });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Teams pull together, across boundaries less so.');
    const pdf = await board.request({ method: 'GET', url: url('/report.pdf') });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.includes('/StructTreeRoot')).toBe(true);
    expect(pages(pdfObjects(pdf.rawPayload)).length).toBeGreaterThanOrEqual(40);
  });

  it('is kept from those who may not read the synthesis', async () => {
    const staff = await demo.as('staff');
    expect((await staff.get(url('/report'))).statusCode).toBe(403);
    expect((await staff.request({ method: 'GET', url: url('/report.pdf') })).statusCode).toBe(403);
  });
});
