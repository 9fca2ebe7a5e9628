// The tagged PDF: its structure tree, language, title, bookmarks and metadata are checked in the
// file's own bytes, and every mark on every page must be tagged content or an artifact.
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { barChartSvg, ReportValidationError, type ReportDocument } from '../../../core/report/index.js';
import { markedContentCheck, pageContent, pages, pdfObjects, type PdfObject } from './pdf-inspect.js';
import { renderPdf } from './render-pdf.js';
import { sampleReport } from './sample-report.js';

const ALT = 'Bar chart of engagement scores: Surgery 6.8, Medicine 7.2; Estates not shown.';
const chart = barChartSvg({ title: 'Engagement', bars: [{ label: 'Surgery', value: 6.8 }, { label: 'Medicine', value: 7.2 }, { label: 'Estates', value: null }], min: 0, max: 10, showTitle: false });

const small: ReportDocument = {
  title: 'Culture & leadership <Discover> findings',
  subtitle: 'Report to the board',
  organisation: 'Example NHS Trust',
  date: '2026-03-31',
  author: 'Programme lead',
  sections: [
    { heading: 'Summary', blocks: [{ type: 'paragraph', text: [{ text: 'Bold ', bold: true }, { text: 'and plain.' }] }, { type: 'bullets', items: ['First point', 'Second point'] }] },
    {
      heading: 'Engagement',
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
          ],
          rowHeader: true,
        },
        { type: 'callout', title: 'Note', text: 'Small groups are not shown.' },
      ],
    },
  ],
};

function structElements(objects: Map<number, PdfObject>, type: string): PdfObject[] {
  return [...objects.values()].filter((o) => new RegExp(`/S /${type}\\b`).test(o.body));
}

describe('renderPdf on a small report', () => {
  let pdf: Buffer;
  let raw: string;
  let objects: Map<number, PdfObject>;
  beforeAll(async () => {
    pdf = await renderPdf(small);
    raw = pdf.toString('latin1');
    objects = pdfObjects(pdf);
  });

  it('is a PDF 1.7 file', () => {
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('is marked as tagged, with a structure tree, the language and the title in the title bar', () => {
    expect(raw).toContain('/StructTreeRoot');
    // pdfkit writes MarkInfo as its own object: /MarkInfo n 0 R, then n 0 obj << /Marked true >>.
    const markInfo = /\/MarkInfo (\d+) 0 R/.exec(raw);
    expect(markInfo).not.toBeNull();
    expect(objects.get(Number(markInfo![1]))!.body.replace(/\s+/g, ' ').trim()).toBe('<< /Marked true >>');
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toContain('/DisplayDocTitle true');
    // The Info dictionary's title (pdfkit writes each value as an object of its own).
    const title = /\/Title (\d+) 0 R/.exec(raw);
    expect(objects.get(Number(title![1]))!.body.trim()).toBe('(Culture & leadership <Discover> findings)');
    // Tab order follows the structure on every page.
    expect(pages(objects).every((p) => p.body.includes('/Tabs /S'))).toBe(true);
  });

  it('tags headings, paragraphs, lists, the table and the figure with its alt text', () => {
    for (const type of ['Document', 'Sect', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'Caption', 'THead', 'TBody', 'TR', 'TH', 'TD', 'Figure', 'Div']) {
      expect(structElements(objects, type).length, type).toBeGreaterThan(0);
    }
    const figure = structElements(objects, 'Figure');
    expect(figure).toHaveLength(1);
    expect(figure[0]!.body).toContain(`/Alt (${ALT})`);
    expect(figure[0]!.body).toMatch(/\/O \/Layout/);
    // The document title and one level-1 section heading; one level-2.
    expect(structElements(objects, 'H1')).toHaveLength(2);
    expect(structElements(objects, 'H2')).toHaveLength(1);
  });

  it('marks header cells with their scope, and reads a dash as "not shown"', () => {
    const th = structElements(objects, 'TH');
    // Two column headers and two row headers (rowHeader: true).
    expect(th.filter((o) => /\/Scope \/Column/.test(o.body) || /\/Scope \/Column/.test(objects.get(Number(/\/A (\d+) 0 R/.exec(o.body)?.[1]))?.body ?? ''))).toHaveLength(2);
    expect(th.filter((o) => /\/Scope \/Row/.test(o.body))).toHaveLength(2);
    expect(structElements(objects, 'TD').filter((o) => o.body.includes('/ActualText (not shown)'))).toHaveLength(1);
    // One header row in the structure, then the two body rows.
    expect(structElements(objects, 'TR')).toHaveLength(3);
  });

  it('bookmarks every heading and opens with the bookmarks showing', () => {
    expect(raw).toContain('/PageMode /UseOutlines');
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    expect(raw).toContain('/Title (Summary)');
    expect(raw).toContain('/Title (Engagement)');
  });

  it('embeds every font and uses no standard (unembedded) font', () => {
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Arimo-Regular/);
  });

  it('carries well-formed XMP with the title, creator and the PDF/UA identifier', () => {
    const metadata = [...objects.values()].find((o) => o.body.includes('/Type /Metadata'));
    const xml = metadata!.stream!.toString('utf8').replace(/^\uFEFF/, '');
    const parser = new SaxesParser({ xmlns: true });
    const texts: string[] = [];
    parser.on('text', (t) => texts.push(t.trim()));
    parser.write(xml.replace(/<\?xpacket[^>]*\?>/g, '')).close();
    expect(texts).toContain('Culture & leadership <Discover> findings');
    expect(xml).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xml).toContain('<xmp:CreatorTool>Cultivate</xmp:CreatorTool>');
    expect(texts).toContain('en-GB');
  });

  it('puts every mark on every page inside tagged content or an artifact, and pages after the first carry artifact page numbers', () => {
    const all = pages(objects);
    expect(all.length).toBeGreaterThanOrEqual(2);
    all.forEach((page, i) => {
      const content = pageContent(objects, page);
      const check = markedContentCheck(content);
      expect(check, `page ${i + 1}`).toMatchObject({ outside: 0, balanced: true });
      expect(check.inside).toBeGreaterThan(0);
      const pagination = content.match(/\/Artifact <<\s*\/Type \/Pagination/g) ?? [];
      expect(pagination.length, `page ${i + 1}`).toBe(i === 0 ? 0 : 2);
    });
  });

  it('refuses a document that breaks the model’s rules', async () => {
    const noAlt: ReportDocument = { ...small, sections: [{ heading: 'x', blocks: [{ type: 'chart', title: 'c', alt: ' ', svg: chart.svg, width: 1, height: 1 }] }] };
    await expect(renderPdf(noAlt)).rejects.toBeInstanceOf(ReportValidationError);
  });
});

describe('renderPdf on a long report', () => {
  // 30 findings, each with a chart and a 40-row table (plus the SPC charts' data tables).
  const doc = sampleReport({ sections: 30, rows: 40 });
  let objects: Map<number, PdfObject>;
  beforeAll(async () => {
    objects = pdfObjects(await renderPdf(doc));
  }, 60_000);

  it('runs to 40 pages or more', () => {
    expect(pages(objects).length).toBeGreaterThanOrEqual(40);
  });

  it('holds each table’s header row once in the structure, however many pages it spans', () => {
    const tables = doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'table' ? [b] : b.type === 'chart' && b.table ? [b.table] : [])));
    expect(structElements(objects, 'Table')).toHaveLength(tables.length);
    expect(structElements(objects, 'THead')).toHaveLength(tables.length);
    expect(structElements(objects, 'TR')).toHaveLength(tables.reduce((n, t) => n + t.rows.length + 1, 0));
    expect(structElements(objects, 'Figure')).toHaveLength(30);
  });

  it('repeats the header row, as an artifact, at the top of each page a table runs onto', () => {
    // A repeated header is a Layout artifact that fills the header shading before any tagged content on its page.
    const headerFill = /0\.9098\d* 0\.9294\d* 0\.9333\d* scn/;
    const continued = pages(objects).filter((page) => {
      const content = pageContent(objects, page);
      const firstTagged = content.search(/\/[A-Z][A-Za-z0-9]* <<\s*\/MCID/);
      const layout = content.search(/\/Artifact <<\s*\/Type \/Layout/);
      return layout !== -1 && layout < firstTagged && headerFill.test(content.slice(layout, firstTagged));
    });
    expect(continued.length).toBeGreaterThanOrEqual(15);
  });

  it('keeps every mark tagged or an artifact on every page', () => {
    for (const page of pages(objects)) expect(markedContentCheck(pageContent(objects, page))).toMatchObject({ outside: 0, balanced: true });
  });
});
