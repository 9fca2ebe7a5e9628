// The Word document, unzipped and read as XML: real heading styles, tables whose first row is
// the repeating header, pictures with alt text, the document's properties and language.
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { barChartSvg, ReportValidationError, type ReportDocument } from '../../../core/report/index.js';
import { DOCX_CONTENT_WIDTH_PX, docxColumnWidths, renderDocx } from './render-docx.js';
import { sampleReport } from './sample-report.js';

const ALT = 'Bar chart of engagement scores: Surgery 6.8, Medicine 7.2 & Estates not shown.';
const chart = barChartSvg({ title: 'Engagement', bars: [{ label: 'Surgery', value: 6.8 }, { label: 'Medicine', value: 7.2 }, { label: 'Estates', value: null }], min: 0, max: 10, showTitle: false });

const small: ReportDocument = {
  title: 'Culture & leadership: Discover findings',
  subtitle: 'Report to the board',
  organisation: 'Example NHS Trust',
  date: '2026-03-31',
  author: 'Programme lead',
  sections: [
    { heading: 'Summary', blocks: [{ type: 'paragraph', text: [{ text: 'Bold ', bold: true }, { text: 'and ' }, { text: 'italic', italic: true }] }, { type: 'bullets', items: ['First point', 'Second point'] }] },
    {
      heading: 'Engagement in detail',
      level: 2,
      blocks: [
        { type: 'chart', title: 'Engagement by directorate', alt: ALT, svg: chart.svg, width: chart.width, height: chart.height },
        {
          type: 'table',
          caption: 'Engagement by directorate',
          columns: [{ header: 'Directorate' }, { header: 'Score', numeric: true, decimals: 1 }],
          rows: [
            ['Surgery', 6.8],
            ['Estates', null],
            ['Medicine', 7.2],
          ],
          rowHeader: true,
          notes: 'Source: staff survey.',
        },
        { type: 'callout', title: 'Note', text: 'Small groups are not shown.' },
        { type: 'pageBreak' },
        { type: 'paragraph', text: 'After the break.' },
      ],
    },
  ],
};

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/** Parses strictly into a tree keyed by prefixed names (w:p, wp:docPr). */
function parse(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const stack: El[] = [];
  let root: El | null = null;
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attrs: Record<string, string> = {};
    for (const [k, a] of Object.entries(tag.attributes)) attrs[k] = a.value;
    const el: El = { name: tag.name, attrs, children: [], text: '' };
    stack[stack.length - 1]?.children.push(el);
    root ??= el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    for (const el of stack) el.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root!;
}

function find(el: El, name: string): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}

const child = (el: El, name: string) => el.children.find((c) => c.name === name);
const styleOf = (p: El) => child(child(p, 'w:pPr') ?? { name: '', attrs: {}, children: [], text: '' }, 'w:pStyle')?.attrs['w:val'];

async function unzip(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is missing`);
    return file.async('string');
  };
  return { zip, text };
}

describe('renderDocx on a small report', () => {
  let zip: JSZip;
  let body: El;
  let coreXml: string;
  let stylesXml: string;
  beforeAll(async () => {
    const buffer = await renderDocx(small);
    const opened = await unzip(buffer);
    zip = opened.zip;
    body = parse(await opened.text('word/document.xml'));
    coreXml = await opened.text('docProps/core.xml');
    stylesXml = await opened.text('word/styles.xml');
  });

  it('gives headings Word’s Heading 1 and Heading 2 styles, and the title the Title style', () => {
    const paragraphs = find(body, 'w:p');
    const styled = (style: string) => paragraphs.filter((p) => styleOf(p) === style).map((p) => p.text);
    expect(styled('Heading1')).toEqual(['Summary']);
    expect(styled('Heading2')).toEqual(['Engagement in detail']);
    expect(styled('Title')).toEqual(['Culture & leadership: Discover findings']);
    // The styles exist and carry outline levels, which the navigation pane reads.
    expect(stylesXml).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(stylesXml).toMatch(/w:styleId="Heading2"[\s\S]*?<w:outlineLvl w:val="1"\/>/);
  });

  it('writes a real table whose first row, and only that row, is the repeating header', () => {
    const tables = find(body, 'w:tbl');
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.children.filter((c) => c.name === 'w:tr');
    expect(rows).toHaveLength(4);
    const isHeader = (tr: El) => Boolean(child(tr, 'w:trPr') && child(child(tr, 'w:trPr')!, 'w:tblHeader'));
    expect(rows.map(isHeader)).toEqual([true, false, false, false]);
    expect(rows[0]!.text).toBe('DirectorateScore');
    expect(rows.map((r) => r.text)).toEqual(['DirectorateScore', 'Surgery6.8', 'Estates–', 'Medicine7.2']);
    // The table tells Word its first row and (as rowHeader asks) first column are headers.
    const look = find(tables[0]!, 'w:tblLook')[0]!;
    expect(look.attrs).toMatchObject({ 'w:firstRow': 'true', 'w:firstColumn': 'true' });
  });

  it('captions tables and figures in Word’s caption style, and notes what a dash means', () => {
    const captions = find(body, 'w:p').filter((p) => styleOf(p) === 'Caption').map((p) => p.text);
    expect(captions).toEqual(['Figure 1: Engagement by directorate', 'Table 1: Engagement by directorate']);
    const notes = find(body, 'w:p').filter((p) => styleOf(p) === 'TableNote').map((p) => p.text);
    expect(notes[0]).toBe('Source: staff survey.');
    expect(notes[1]).toMatch(/^A dash \(–\) marks a value not shown/);
  });

  it('embeds the chart as SVG with a PNG fallback, with the alt text in docPr', () => {
    const docPr = find(body, 'wp:docPr');
    expect(docPr).toHaveLength(1);
    expect(docPr[0]!.attrs).toMatchObject({ descr: ALT, title: 'Engagement by directorate' });
    expect(find(body, 'asvg:svgBlip')).toHaveLength(1);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.some((f) => f.endsWith('.svg'))).toBe(true);
    expect(media.some((f) => f.endsWith('.png'))).toBe(true);
    // Scaled to the text width, keeping the chart's proportions (EMU: 9525 to a pixel).
    const extent = find(body, 'wp:extent')[0]!.attrs;
    const width = Math.min(chart.width, DOCX_CONTENT_WIDTH_PX);
    expect(Number(extent.cx)).toBe(width * 9525);
    expect(Number(extent.cy)).toBe(Math.round((chart.height * width) / chart.width) * 9525);
  });

  it('rasterises a real PNG for the fallback', async () => {
    const png = await zip.file(Object.keys(zip.files).find((f) => f.endsWith('.png'))!)!.async('nodebuffer');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // Twice the chart's width, for print.
    expect(png.readUInt32BE(16)).toBe(chart.width * 2);
  });

  it('writes bullets, bold and italic runs, the callout and the page break', () => {
    const paragraphs = find(body, 'w:p');
    expect(paragraphs.filter((p) => find(p, 'w:numPr').length > 0).map((p) => p.text)).toEqual(['First point', 'Second point']);
    const summary = paragraphs.find((p) => p.text === 'Bold and italic')!;
    const runs = find(summary, 'w:r');
    expect(find(runs[0]!, 'w:b')).toHaveLength(1);
    expect(find(runs[2]!, 'w:i')).toHaveLength(1);
    expect(paragraphs.filter((p) => styleOf(p) === 'Callout').map((p) => p.text)).toEqual(['Note', 'Small groups are not shown.']);
    // The title page's break, and the one asked for.
    expect(find(body, 'w:br').filter((b) => b.attrs['w:type'] === 'page')).toHaveLength(2);
  });

  it('sets A4, the document language and the file’s title, creator and language', () => {
    const size = find(body, 'w:pgSz')[0]!.attrs;
    expect(size).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(stylesXml).toContain('<w:lang w:val="en-GB"/>');
    const core = parse(coreXml);
    const value = (name: string) => find(core, name)[0]?.text;
    expect(value('dc:title')).toBe('Culture & leadership: Discover findings');
    expect(value('dc:creator')).toBe('Cultivate');
    expect(value('dc:language')).toBe('en-GB');
  });

  it('numbers the pages in the footer, with none on the title page', async () => {
    const section = find(body, 'w:sectPr')[0]!;
    expect(find(section, 'w:titlePg')).toHaveLength(1);
    const footers = find(section, 'w:footerReference');
    const defaultFooter = footers.find((f) => f.attrs['w:type'] === 'default')!;
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const target = new RegExp(`Id="${defaultFooter.attrs['r:id']}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${defaultFooter.attrs['r:id']}"`).exec(rels)?.[1];
    const footer = await zip.file(`word/${target}`)!.async('string');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('refuses a chart without alt text before writing anything', async () => {
    const bad: ReportDocument = { ...small, sections: [{ heading: 'x', blocks: [{ type: 'chart', title: 'c', alt: '', svg: chart.svg, width: 10, height: 10 }] }] };
    await expect(renderDocx(bad)).rejects.toBeInstanceOf(ReportValidationError);
  });
});

describe('docxColumnWidths', () => {
  it('fills the width, giving every column room for its longest word', () => {
    const widths = docxColumnWidths({ columns: [{ header: 'Team' }, { header: 'Responses', numeric: true }], rows: [['A very long team name that would wrap', 12]] }, 9000);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9000);
    // "Responses": 9 characters at 135 twips and 260 for the margins = 1,475 at least.
    expect(widths[1]).toBeGreaterThanOrEqual(1475);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
  });
});

describe('renderDocx on a long report', () => {
  it('writes every section, table and chart', async () => {
    const doc = sampleReport({ sections: 30, rows: 40 });
    const { zip, text } = await unzip(await renderDocx(doc));
    const body = parse(await text('word/document.xml'));
    const paragraphs = find(body, 'w:p');
    expect(paragraphs.filter((p) => styleOf(p) === 'Heading1')).toHaveLength(31);
    expect(paragraphs.filter((p) => styleOf(p) === 'Heading2')).toHaveLength(30);
    const tables = find(body, 'w:tbl');
    // 30 detail tables, plus the data tables of the 10 SPC charts.
    expect(tables).toHaveLength(40);
    for (const table of tables) expect(find(table.children.find((c) => c.name === 'w:tr')!, 'w:tblHeader')).toHaveLength(1);
    expect(find(body, 'wp:docPr')).toHaveLength(30);
    expect(Object.keys(zip.files).filter((f) => f.endsWith('.png'))).toHaveLength(30);
  }, 60_000);
});
