// The board report on the Discover phase, built from the synthesis and from the very figures
// each screen shows (the same services, so the same suppression and release history): the
// change team's ratings and narratives for each cultural element with the evidence behind them,
// SPC charts for the dashboard's metrics and the Friends and Family Test, the leadership
// behaviours survey as a heatmap by unit, coded themes with protected quotes, and how to read it
// all. One document model, drawn as DOCX, tagged PDF and the printable web page alike.
import { CULTURAL_ELEMENTS } from '../../../core/instruments/builtins/leadership-framework.js';
import { defineReport, divergingBarSvg, formatReportDate, spcChartSvg, type ReportBlock, type SpcChartResult, type ReportDocument, type ReportSection, type TableBlock } from '../../../core/report/index.js';
import { describePoint, summariseChart } from '../../../core/spc/words.js';
import type { Cell } from '../../../core/workforce/small-numbers.js';
import { RATING_NAMES, SOURCE_NAMES, type Evidence, type Rating } from '../../../core/synthesis/index.js';
import type { Db } from '../../db/database.js';
import { todayIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { dashboard, metricSeries } from '../metrics/index.js';
import { getOrganisation } from '../organisations/index.js';
import { patientExperienceOverview } from '../patient-experience/index.js';
import { getProgramme } from '../programmes/index.js';
import { surveyHeatmap } from '../results/index.js';
import { closedSurveys } from '../surveys/index.js';
import { agreement } from '../conversations/index.js';
import { workforceAnalysis } from '../workforce/index.js';
import { discoverChecklist } from './discover.service.js';
import { getSynthesis } from './synthesis.service.js';
import type { SynthesisView } from './synthesis.schemas.js';

type ElementView = SynthesisView['elements'][number];
type CellView = ElementView['cells'][number];

const ratingName = (r: Rating | null) => (r ? RATING_NAMES[r] : 'Not rated');
const CHART_WIDTH = 640;

function summaryTable(s: SynthesisView): TableBlock {
  return {
    type: 'table',
    caption: 'Each cultural element: the change team’s overall rating and how far the sources agree',
    rowHeader: true,
    columns: [{ header: 'Cultural element' }, { header: 'Overall rating' }, { header: 'Strength', numeric: true }, { header: 'Mixed', numeric: true }, { header: 'Area to develop', numeric: true }, { header: 'Sources' }],
    rows: s.elements.map((e) => {
      const rated = (r: Rating) => e.cells.filter((c) => c.rating === r).length;
      return [e.name, ratingName(e.overall.rating), rated('strength'), rated('mixed'), rated('develop'), e.triangulation.text];
    }),
    notes: 'Strength, mixed and area to develop count the sources the change team rated that way for the element.',
  };
}

function voicesChart(s: SynthesisView): ReportBlock[] {
  const rows = s.elements.map((e) => {
    const count = (stance: 'strengths' | 'develop') =>
      e.cells.filter((c) => c.source === 'focus_groups' || c.source === 'board_interviews').flatMap((c) => c.evidence).reduce((n, ev) => n + (ev.kind === 'themes' ? ev[stance] : 0), 0);
    return { label: e.name, develop: count('develop'), strengths: count('strengths') };
  });
  if (rows.every((r) => r.develop + r.strengths === 0)) return [];
  const chart = divergingBarSvg({ title: 'What staff and the board said, by cultural element', rows: rows.map((r) => ({ label: r.label, values: [r.develop, r.strengths] })), width: CHART_WIDTH, showTitle: false });
  return [
    {
      type: 'chart',
      title: 'What staff and the board said, by cultural element',
      alt: `Coded notes from focus groups and board interviews. ${rows.map((r) => `${r.label}: ${r.strengths} strengths, ${r.develop} areas to develop`).join('; ')}.`,
      svg: chart.svg,
      width: chart.width,
      height: chart.height,
      table: {
        type: 'table',
        caption: 'Coded notes from focus groups and board interviews, by cultural element',
        rowHeader: true,
        columns: [{ header: 'Cultural element' }, { header: 'Strengths', numeric: true }, { header: 'Areas to develop', numeric: true }],
        rows: rows.map((r) => [r.label, r.strengths, r.develop]),
      },
    },
  ];
}

function evidenceBlocks(cell: CellView): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const of = <K extends Evidence['kind']>(kind: K) => cell.evidence.filter((e): e is Extract<Evidence, { kind: K }> => e.kind === kind);
  const scores = of('score');
  if (scores.length) {
    blocks.push({
      type: 'table',
      caption: `${cell.sourceName}: scores out of 10 for the whole organisation`,
      rowHeader: true,
      columns: [{ header: 'Measure' }, { header: 'Score', numeric: true, decimals: 2 }, { header: 'Responses', numeric: true, decimals: 0 }, { header: 'Change since the last wave' }],
      rows: scores.map((e) => [e.label, e.score, e.n, e.change ? e.change.reading : 'No earlier wave to compare with']),
    });
  }
  const metrics = of('metric');
  if (metrics.length) {
    blocks.push({
      type: 'table',
      caption: `${cell.sourceName}: latest figures judged with SPC`,
      rowHeader: true,
      columns: [{ header: 'Metric' }, { header: 'Latest' }, { header: 'Period' }, { header: 'Variation' }, { header: 'Assurance' }],
      rows: metrics.map((e) => [e.label, e.latest, e.period, e.variationText ?? 'Too few points to judge', e.assuranceText ?? 'No target, or too few points']),
    });
  }
  const figures = of('figure');
  if (figures.length) {
    blocks.push({
      type: 'table',
      caption: `${cell.sourceName}: figures`,
      rowHeader: true,
      columns: [{ header: 'Figure' }, { header: 'Value', numeric: true }, { header: 'Reading' }, { header: 'How it is read' }],
      rows: figures.map((e) => [e.label, e.value, e.reading === 'good' ? 'Good' : e.reading === 'concern' ? 'Concern' : 'Neither', e.note]),
    });
  }
  for (const e of of('themes')) {
    blocks.push({ type: 'paragraph', text: `${e.label}: ${e.strengths} as a strength and ${e.develop} as an area to develop${e.sessions ? `, in ${e.sessions} ${e.sessions === 1 ? 'session' : 'sessions'}` : ''}.` });
    if (e.quotes.length) blocks.push({ type: 'bullets', items: e.quotes.map((q) => [{ text: q.stance === 'strength' ? 'Strength: ' : 'To develop: ', bold: true }, { text: `“${q.text}”` }]) });
    else if (e.quotesWithheld) blocks.push({ type: 'paragraph', text: [{ text: e.quotesWithheld, italic: true }] });
  }
  return blocks;
}

function elementSection(e: ElementView): ReportSection[] {
  const blocks: ReportBlock[] = [
    { type: 'paragraph', text: [{ text: 'Overall: ', bold: true }, { text: ratingName(e.overall.rating) }] },
    ...(e.overall.narrative ? [{ type: 'paragraph' as const, text: e.overall.narrative }] : []),
    { type: 'callout', title: 'Where the sources agree', text: e.triangulation.text },
    {
      type: 'table',
      caption: `${e.name}: each source’s rating`,
      rowHeader: true,
      columns: [{ header: 'Source' }, { header: 'Change team’s rating' }, { header: 'What the evidence suggested' }, { header: 'The change team’s reading' }],
      rows: e.cells.map((c) => [c.sourceName, ratingName(c.rating), c.suggested.rating ? RATING_NAMES[c.suggested.rating] : 'No evidence', c.narrative || null]),
      nullNote: 'A dash (–) marks a source the change team has written nothing about.',
    },
  ];
  const sources = e.cells.filter((c) => c.evidence.length).map((c) => ({ heading: `${e.name}: ${c.sourceName}`, level: 2 as const, blocks: evidenceBlocks(c) }));
  return [{ heading: e.name, blocks }, ...sources];
}

/** "Sickness absence (%)", or "SHMI (1.0 = as expected)" where the label brings its own brackets. */
const withUnit = (name: string, unitLabel: string) => (!unitLabel ? name : unitLabel.startsWith('(') ? `${name} ${unitLabel}` : `${name} (${unitLabel})`);

/** What the periods are, from the first: "2026-Q3" quarters, "2026-09" months, "2026" years. */
const periodWord = (periods: readonly string[]) => (/Q\d$/.test(periods[0] ?? '') ? 'quarter' : /^\d{4}$/.test(periods[0] ?? '') ? 'year' : 'month');

/** A chart's figures as a table for the appendix: every point, its value and what it shows. */
function spcFigures(caption: string, periods: readonly string[], result: SpcChartResult, unitLabel: string): TableBlock {
  return {
    type: 'table',
    caption,
    rowHeader: true,
    columns: [{ header: 'Period' }, { header: withUnit('Value', unitLabel), numeric: true }, { header: 'What the point shows' }],
    rows: result.points.map((p, i) => [periods[i] ?? `Point ${i + 1}`, p.value, describePoint(p, result)]),
  };
}

async function dashboardCharts(db: Db, organisationId: string, appendix: TableBlock[]): Promise<ReportSection[]> {
  const board = await dashboard(db, organisationId);
  const sections: ReportSection[] = [];
  for (const element of board.elements) {
    const blocks: ReportBlock[] = [];
    for (const metric of element.metrics.filter((m) => m.points > 0)) {
      const series = await metricSeries(db, organisationId, metric.key, {});
      if (!series.spc) continue;
      const description = summariseChart(series.spc, series.periods, series.metric.unitLabel, series.settings.target);
      const chart = spcChartSvg(series.spc, { title: series.metric.name, description, unitLabel: series.metric.unitLabel, periods: series.periods, width: CHART_WIDTH, target: series.settings.target, showTitle: false });
      blocks.push({ type: 'chart', title: `${withUnit(series.metric.name, series.metric.unitLabel)}, by ${periodWord(series.periods)}`, alt: `${description} Every figure is in the appendix.`, svg: chart.svg, width: chart.width, height: chart.height });
      appendix.push(spcFigures(`${series.metric.name}: the figures behind the chart`, series.periods, series.spc, series.metric.unitLabel));
    }
    if (blocks.length) sections.push({ heading: `Dashboard charts: ${element.name}`, level: 2, blocks });
  }
  return sections.length ? [{ heading: 'The dashboard’s SPC charts', blocks: [{ type: 'paragraph', text: 'Each metric for the whole organisation, charted as NHS England’s Making Data Count describes: the mean, the process limits, and points coloured and shaped by what they show.' }] }, ...sections] : [];
}

async function heatmapSection(db: Db, organisationId: string): Promise<ReportSection[]> {
  const leadership = (await closedSurveys(db, organisationId)).find((s) => s.definition.key === 'leadership-behaviours');
  if (!leadership) return [];
  const heatmap = await surveyHeatmap(db, organisationId, leadership.id, 'measures');
  const rows = heatmap.rows.filter((r) => r.depth <= 1);
  const tables: ReportBlock[] = [];
  for (const perspective of ['leaders', 'self'] as const) {
    const columns = heatmap.measures.flatMap((m, i) => (m.framework === 'cultural_element' && m.perspective === perspective ? [{ m, i }] : []));
    if (!columns.length) continue;
    tables.push({
      type: 'table',
      caption: `${leadership.title}: ${perspective === 'leaders' ? 'how staff rate their leaders' : 'how leaders rate themselves'}, score out of 10 by division`,
      rowHeader: true,
      columns: [{ header: 'Unit' }, ...columns.map(({ m }) => ({ header: m.name, numeric: true, decimals: 1 }))],
      rows: rows.map((r) => [r.name, ...columns.map(({ i }) => (r.cells[i]!.status === 'shown' ? r.cells[i]!.mean : null))]),
      nullNote: `A dash (–) marks a score not shown: fewer than ${leadership.anonymityThreshold} people answered, or showing it would let a smaller group’s answers be worked out.`,
    });
  }
  return tables.length ? [{ heading: 'The leadership behaviours survey by division', blocks: [{ type: 'paragraph', text: 'The whole organisation and each division, every division counting everyone in the units below it. The survey’s results pages go down to each team.' }, ...tables] }] : [];
}

async function patientSection(db: Db, organisationId: string, appendix: TableBlock[]): Promise<ReportSection[]> {
  const { fft, feedback } = await patientExperienceOverview(db, organisationId);
  const blocks: ReportBlock[] = [];
  if (fft.spc) {
    const description = summariseChart(fft.spc, fft.periods, '%', null);
    const chart = spcChartSvg(fft.spc, { title: 'Friends and Family Test: percentage positive', description, unitLabel: '%', periods: fft.periods, width: CHART_WIDTH, target: null, showTitle: false });
    blocks.push({ type: 'chart', title: 'Friends and Family Test: percentage positive, whole organisation, by month', alt: `${description} Every figure is in the appendix.`, svg: chart.svg, width: chart.width, height: chart.height });
    appendix.push(spcFigures('Friends and Family Test, percentage positive: the figures behind the chart', fft.periods, fft.spc, '%'));
  }
  const units = feedback.units.filter((u) => u.depth <= 1);
  const count = (summary: (typeof units)[number]['strengths'], theme: string) => (summary.status === 'shown' ? (summary.byTheme?.[theme] ?? 0) : null);
  if (units.length && feedback.total) {
    for (const [kind, label] of [['strengths', 'Compliments'], ['concerns', 'Complaints']] as const) {
      blocks.push({
        type: 'table',
        caption: `${label} coded to each cultural element, by division`,
        rowHeader: true,
        columns: [{ header: 'Unit' }, ...feedback.themes.map((t) => ({ header: t.name, numeric: true, decimals: 0 }))],
        rows: units.map((u) => [u.name, ...feedback.themes.map((t) => count(u[kind], t.id))]),
        nullNote: `A dash (–) marks a unit with fewer than ${feedback.threshold} ${label.toLowerCase()}, not shown so that nobody can be picked out.`,
      });
    }
  }
  return blocks.length ? [{ heading: 'Patient experience', blocks }] : [];
}

async function workforceSection(db: Db, org: OrgContext): Promise<ReportSection[]> {
  const w = await workforceAnalysis(db, org, undefined);
  const whole = w.representation.rows.find((r) => r.unitId === null);
  if (!whole) return [];
  const share = (c: Cell) => (c.status === 'shown' ? Math.round(c.value * 1000) / 10 : null);
  const n = (c: Cell) => (c.status === 'shown' ? c.value : null);
  const table = (label: string, comparison: typeof whole.ethnicity, reference: string, focus: string): TableBlock => ({
    type: 'table',
    caption: `${label} by pay band, whole organisation, on ${formatReportDate(w.asOf)}`,
    rowHeader: true,
    columns: [{ header: 'Pay band' }, { header: reference, numeric: true, decimals: 0 }, { header: focus, numeric: true, decimals: 0 }, { header: `${focus} (% of those known)`, numeric: true, decimals: 1 }],
    rows: [...comparison.byBand.map((b) => [b.band, n(b.reference), n(b.focus), share(b.focusShare)]), ['Whole workforce', n(comparison.reference), n(comparison.focus), share(comparison.focusShare)]],
    nullNote: `A dash (–) marks a figure not shown: fewer than ${w.k} people, or one that would let a smaller group be worked out.`,
  });
  return [
    {
      heading: 'Leadership workforce: representation by band',
      blocks: [
        { type: 'paragraph', text: 'How ethnic minority and disabled staff are represented at each pay band, against the workforce as a whole, from the staff record.' },
        table('Ethnicity', whole.ethnicity, 'White', 'Ethnic minority'),
        table('Disability', whole.disability, 'Not disabled', 'Disabled'),
      ],
    },
  ];
}

async function methodsSection(db: Db, org: OrgContext, programmeId: string, s: SynthesisView): Promise<ReportSection> {
  const [checklist, coders] = await Promise.all([discoverChecklist(db, org, programmeId), agreement(db, org.organisationId, programmeId)]);
  const blocks: ReportBlock[] = [
    {
      type: 'table',
      caption: 'What the Discover phase did, diagnostic by diagnostic',
      rowHeader: true,
      columns: [{ header: 'Diagnostic' }, { header: 'Status' }, { header: 'What there is' }],
      rows: checklist.items.map((i) => [i.name, i.status === 'done' ? 'Done' : i.status === 'in_progress' ? 'In progress' : 'Not started', i.detail]),
    },
  ];
  if (coders.doubleCoded) {
    blocks.push(
      { type: 'paragraph', text: `A second member of the change team coded ${coders.doubleCoded} notes again without seeing the first coding. Cohen’s kappa says how far the two agreed beyond what chance would give (1 is complete agreement, 0 no better than chance; read with Landis and Koch’s bands).` },
      {
        type: 'table',
        caption: 'Agreement between the two coders, by cultural element',
        rowHeader: true,
        columns: [{ header: 'Cultural element' }, { header: 'Kappa', numeric: true, decimals: 2 }, { header: '95% interval' }, { header: 'Reading' }],
        rows: coders.elements.map((e) => [e.name, e.presence.kappa, e.presence.low === null || e.presence.high === null ? null : `${e.presence.low.toFixed(2)} to ${e.presence.high.toFixed(2)}`, e.presence.reading]),
      },
    );
  }
  blocks.push({ type: 'paragraph', text: `Quotes come only from groups of at least ${s.quoteThreshold} people and have names and details taken out.` });
  return { heading: 'How Discover was done', blocks };
}

function readingGuide(s: SynthesisView): ReportSection {
  return {
    heading: 'How to read this report',
    blocks: [
      {
        type: 'bullets',
        items: [
          'Each cultural element is rated by the change team for each source of evidence: a strength, mixed, or an area to develop. The rating the evidence suggested is shown beside it; the team’s own reading is what counts.',
          'Survey scores are out of 10, as the NHS Staff Survey scores them. A change is called real only when it is unlikely to be chance (p below 0.05).',
          'Charts follow NHS England’s Making Data Count: grey points are common cause variation, blue improvement, orange concern, purple a change that is neither.',
          `No figure is shown for a group too small to protect the people in it, or where it would let a smaller group be worked out. Quotes are taken out of names and details, never say which session they came from, and come only from groups of at least ${s.quoteThreshold} people.`,
        ],
      },
    ],
  };
}

export async function boardReport(db: Db, org: OrgContext, programmeId: string): Promise<ReportDocument> {
  const [s, programme, organisation] = await Promise.all([getSynthesis(db, org, programmeId), getProgramme(db, org.organisationId, programmeId), getOrganisation(db, org.organisationId)]);
  const status: ReportBlock =
    s.status === 'agreed'
      ? { type: 'paragraph', text: `The change team agreed this synthesis at the synthesis event on ${formatReportDate(s.eventDate!)}.` }
      : { type: 'callout', title: 'Draft', text: 'The change team has not yet agreed this synthesis; ratings and narratives may change.' };
  const appendix: TableBlock[] = [];
  const sections: ReportSection[] = [
    {
      heading: 'Summary',
      blocks: [
        status,
        { type: 'paragraph', text: `This report brings together what the Discover phase of ${programme.name} found about the organisation’s culture, against the ${CULTURAL_ELEMENTS.length} cultural elements, from ${Object.keys(SOURCE_NAMES).length} sources: the leadership behaviours survey, other staff surveys, the culture and outcomes dashboard, the leadership workforce analysis, culture focus groups, board interviews and patient experience.` },
        summaryTable(s),
        ...voicesChart(s),
      ],
    },
    readingGuide(s),
    ...s.elements.flatMap(elementSection),
    ...(await heatmapSection(db, org.organisationId)),
    ...(await dashboardCharts(db, org.organisationId, appendix)),
    ...(await patientSection(db, org.organisationId, appendix)),
    ...(await workforceSection(db, org)),
    await methodsSection(db, org, programmeId, s),
    ...(appendix.length ? [{ heading: 'Appendix: the figures behind the charts', blocks: appendix }] : []),
  ];
  return defineReport({
    title: `${programme.name}: what Discover found`,
    subtitle: 'A report to the board on the Discover phase of the culture and leadership programme',
    organisation: organisation.name,
    date: s.status === 'agreed' && s.eventDate ? s.eventDate : todayIso(),
    author: 'The programme’s change team',
    sections,
  });
}
