// A board report made up from invented figures, with every kind of block and all three charts,
// at any length: the renderers' tests draw it small and at 40-plus pages, and it shows how a real
// report is put together from the model and the chart builders.
import { analyseSpc } from '../../../core/spc/index.js';
import { seededRng } from '../../../core/random/seeded.js';
import { barChartSvg, divergingBarSvg, spcChartSvg, type ChartBlock, type ReportBlock, type ReportDocument, type ReportSection, type SvgChart, type TableBlock } from '../../../core/report/index.js';

const ELEMENTS = ['Vision and values', 'Goals and performance', 'Support and compassion', 'Learning and innovation', 'Teamwork', 'Equity and inclusion'];
const DIRECTORATES = ['Surgery', 'Medicine', 'Emergency care', 'Women and children', 'Estates & facilities', 'Corporate services', 'Community services', 'Mental health'];

function chart(svg: SvgChart, title: string, alt: string, table?: TableBlock): ChartBlock {
  return { type: 'chart', title, alt, svg: svg.svg, width: svg.width, height: svg.height, ...(table ? { table } : {}) };
}

function spcBlock(rand: () => number, n: number): ChartBlock {
  const values = Array.from({ length: 24 }, (_, i) => Math.round((60 + rand() * 10 + (i > 16 ? 8 : 0)) * 10) / 10);
  const periods = values.map((_, i) => new Date(Date.UTC(2024, i, 1)).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const result = analyseSpc(values, { direction: 'increase', target: 70 });
  const title = `Staff who would recommend the trust as a place to work, chart ${n}`;
  const alt = `SPC chart of 24 monthly values from ${periods[0]} to ${periods[23]}, mean ${result.partitions[0]!.mean.toFixed(1)}%. The last 7 months sit above the mean, a special cause improvement.`;
  const svg = spcChartSvg(result, { title, description: alt, unitLabel: '% of staff', periods, showTitle: false });
  const table: TableBlock = { type: 'table', caption: `Monthly values for chart ${n}`, columns: [{ header: 'Month' }, { header: '% of staff', numeric: true, decimals: 1 }], rows: values.map((v, i) => [periods[i]!, v]), rowHeader: true };
  return chart(svg, title, alt, table);
}

function barBlock(rand: () => number, n: number): ChartBlock {
  const bars = DIRECTORATES.map((label, i) => ({ label, value: i === 4 ? null : Math.round((5 + rand() * 3) * 10) / 10 }));
  const title = `Compassionate leadership score by directorate, chart ${n}`;
  const alt = `Bar chart of scores out of 10 for ${bars.length} directorates against the organisation’s 6.4. ${bars.map((b) => `${b.label} ${b.value ?? 'not shown'}`).join(', ')}.`;
  const svg = barChartSvg({ title, bars: bars.map((b) => (b.value === null ? { ...b, note: 'Not shown: fewer than 11 responses' } : b)), min: 0, max: 10, decimals: 1, reference: { value: 6.4, label: 'Organisation' }, axisLabel: 'Score (0–10)', showTitle: false });
  return chart(svg, title, alt);
}

function divergingBlock(rand: () => number, n: number): ChartBlock {
  const rows = ELEMENTS.map((label) => ({ label, values: [Math.floor(rand() * 15), Math.floor(rand() * 15)] }));
  const title = `Strengths and areas to develop by cultural element, chart ${n}`;
  const alt = `Coded focus-group excerpts for each of the six cultural elements: ${rows.map((r) => `${r.label}, ${r.values[0]} areas to develop and ${r.values[1]} strengths`).join('; ')}.`;
  return chart(divergingBarSvg({ title, rows, showTitle: false }), title, alt);
}

function bigTable(rand: () => number, n: number, rows: number): TableBlock {
  return {
    type: 'table',
    caption: `Survey results by team, table ${n}`,
    columns: [{ header: 'Team' }, { header: 'Directorate' }, { header: 'Responses', numeric: true }, { header: 'Engagement (0–10)', numeric: true, decimals: 1 }, { header: 'Change since last year', numeric: true, decimals: 1 }],
    rowHeader: true,
    rows: Array.from({ length: rows }, (_, r) => {
      const responses = Math.floor(rand() * 60);
      const hidden = responses < 11;
      return [`Team ${n}.${r + 1}${r % 7 === 3 ? ' (day surgery and pre-assessment unit)' : ''}`, DIRECTORATES[r % DIRECTORATES.length]!, responses, hidden ? null : Math.round((5 + rand() * 3) * 10) / 10, hidden ? null : Math.round((rand() - 0.5) * 20) / 10];
    }),
    notes: 'Source: invented figures for the sample report. Scores are means of item scores mapped onto 0–10.',
  };
}

function section(rand: () => number, n: number, rows: number): ReportSection[] {
  const kinds = [spcBlock, barBlock, divergingBlock];
  const blocks: ReportBlock[] = [
    { type: 'paragraph', text: [{ text: 'What we found. ', bold: true }, { text: `Section ${n} sets out what staff told us through the survey, focus groups and board interviews, and what it means for the plan. ` }, { text: 'Figures are invented.', italic: true }] },
    { type: 'bullets', items: ['Staff describe a clear vision but say goals are not shared at team level.', [{ text: 'Teams that meet regularly ', bold: true }, { text: 'report higher engagement.' }], 'Small teams are not reported, to keep answers anonymous.'] },
    kinds[n % 3]!(rand, n),
  ];
  const sub: ReportSection = {
    heading: `Detail for section ${n}`,
    level: 2,
    blocks: [bigTable(rand, n, rows), { type: 'callout', title: 'How to read this table', text: 'Each row is a team. A dash means too few people answered for the result to be shown without risk of identifying them.' }],
  };
  return [{ heading: `Finding ${n}: ${ELEMENTS[n % ELEMENTS.length]}`, blocks }, sub];
}

/** A report of `sections` pairs of sections (a level-1 finding with a chart, a level-2 detail with a table of `rows` rows). */
export function sampleReport(options: { sections?: number; rows?: number; seed?: number } = {}): ReportDocument {
  const rand = seededRng(options.seed ?? 42).next;
  const count = options.sections ?? 2;
  const rows = options.rows ?? 8;
  return {
    title: 'Culture and leadership programme: Discover findings',
    subtitle: 'Report to the board, part 1 of 2 & appendices',
    organisation: 'Example Hospitals NHS Foundation Trust',
    date: '2026-03-31',
    author: 'Programme lead, organisational development',
    sections: [
      { heading: 'Summary', blocks: [{ type: 'paragraph', text: 'This report brings together what the Discover phase found about our culture, element by element.' }, { type: 'callout', title: 'Decision needed', text: [{ text: 'The board is asked to ' }, { text: 'approve', bold: true }, { text: ' the Design phase plan.' }] }] },
      ...Array.from({ length: count }, (_, i) => section(rand, i + 1, rows)).flat(),
    ],
  };
}
