// Every chart must be well-formed XML (parsed here with saxes, as a strict XML reader would) and
// must put its marks where sums done by hand say they go.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { analyseSpc } from '../spc/index.js';
import { LINE_COLOURS, LINE_DASH, SPC_COLOURS } from './spc-geometry.js';
import { barChartGeometry, barChartSvg, CHART_COLOURS, CHART_FONT, divergingBarSvg, divergingGeometry, escapeXml, formatValue, keyLayout, spcChartSvg, wrapLabel } from './svg-charts.js';

interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
  /** The transforms of this element's ancestors, outermost first. */
  transforms: string[];
}

/** Parses strictly (saxes throws on anything not well-formed) into a small tree. */
function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Node[] = [];
  let root: Node | null = null;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attr] of Object.entries(tag.attributes)) attributes[name] = typeof attr === 'string' ? attr : attr.value;
    const parent = stack[stack.length - 1];
    const transforms = parent ? [...parent.transforms, ...(parent.attributes.transform ? [parent.attributes.transform] : [])] : [];
    const node: Node = { name: tag.local, attributes, children: [], text: '', transforms };
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

function all(node: Node, name: string): Node[] {
  const found: Node[] = [];
  const walk = (n: Node) => {
    if (n.name === name) found.push(n);
    n.children.forEach(walk);
  };
  walk(node);
  return found;
}

const num = (node: Node, attr: string) => Number(node.attributes[attr]);

const AWKWARD = `Staff & "managers" <say> it's 'fine' \u0007`;

describe('escapeXml', () => {
  it('writes the five XML entities and drops characters XML cannot hold', () => {
    expect(escapeXml(AWKWARD)).toBe('Staff &amp; &quot;managers&quot; &lt;say&gt; it&apos;s &apos;fine&apos; ');
  });
});

describe('every chart is a standalone, well-formed SVG 1.1 document', () => {
  const result = analyseSpc([20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18]);
  const charts = {
    spc: spcChartSvg(result, { title: AWKWARD, description: AWKWARD, unitLabel: AWKWARD, periods: Array.from({ length: 15 }, (_, i) => `P<${i}>&`) }),
    bar: barChartSvg({ title: AWKWARD, bars: [{ label: AWKWARD, value: 3 }, { label: 'x', value: null, note: AWKWARD }], reference: { value: 2, label: AWKWARD } }),
    diverging: divergingBarSvg({ title: AWKWARD, rows: [{ label: AWKWARD, values: [1, 2] }], series: [{ name: AWKWARD, side: 'left' }, { name: 'b & c', side: 'right' }] }),
  };
  for (const [name, chart] of Object.entries(charts)) {
    it(`${name}: parses, names its font, and carries the title and a description`, () => {
      const svg = parse(chart.svg);
      expect(svg.name).toBe('svg');
      expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(svg.attributes.version).toBe('1.1');
      expect(svg.attributes['font-family']).toBe(CHART_FONT);
      expect(num(svg, 'width')).toBe(chart.width);
      expect(num(svg, 'height')).toBe(chart.height);
      expect(svg.children[0]!.name).toBe('title');
      expect(svg.children[0]!.text).toBe(AWKWARD.replace('\u0007', ''));
      expect(svg.children[1]!.name).toBe('desc');
      expect(svg.children[1]!.text.length).toBeGreaterThan(0);
      // Nothing outside the file: no links, no fonts, no styles to fetch.
      expect(chart.svg).not.toMatch(/href|@import|url\(|<style/);
      // Every shape says its own colour.
      for (const shape of ['rect', 'circle', 'polygon', 'path']) for (const el of all(svg, shape)) expect(el.attributes.fill).toBeDefined();
    });
  }
});

describe('barChartGeometry', () => {
  // Width 600 with a 120-wide label column: the plot starts at 8 + 120 + 8 = 136. The widest value
  // ("2.5" or "10", 3 characters) needs 3 × 7 + 12 = 33, less than the 40 kept at least, so the plot
  // ends at 600 − 40 = 560 and is 424 wide. On a 0–10 axis, 2.5, 5 and 10 are a quarter, a half and all of it.
  const options = { title: 'Scores', width: 600, labelWidth: 120, min: 0, max: 10, bars: [{ label: 'A', value: 2.5 }, { label: 'B', value: 5 }, { label: 'C', value: 10 }, { label: 'D', value: null }] };
  const g = barChartGeometry(options);

  it('sizes bars in proportion to the axis', () => {
    expect(g.plot.left).toBe(136);
    expect(g.plot.right).toBe(560);
    expect(g.bars.map((b) => b.width)).toEqual([106, 212, 424, 0]);
    expect(g.bars.slice(0, 3).map((b) => b.x)).toEqual([136, 136, 136]);
  });

  it('stacks rows 30 apart below the title, each bar 18 high on its row’s centre', () => {
    // The title takes 28 and 8 more stands above the first row: centres at 36 + 15, then every 30.
    expect(g.bars.map((b) => b.centreY)).toEqual([51, 81, 111, 141]);
    expect(g.plot.bottom).toBe(36 + 4 * 30);
  });

  it('writes each value just past its bar’s end', () => {
    expect(g.bars.slice(0, 3).map((b) => [b.valueText, b.textX])).toEqual([
      ['2.5', 246],
      ['5', 352],
      ['10', 564],
    ]);
  });

  it('leaves a labelled gap for a hidden value, not a zero bar', () => {
    const hidden = g.bars[3]!;
    expect(hidden).toMatchObject({ hidden: true, value: null, width: 0, valueText: 'Not shown' });
    const svg = parse(barChartSvg(options).svg);
    const bars = all(svg, 'rect').filter((r) => r.attributes.fill === CHART_COLOURS.bar);
    expect(bars.map((r) => num(r, 'width'))).toEqual([106, 212, 424]);
    expect(all(svg, 'text').find((t) => t.text === 'Not shown')?.attributes['font-style']).toBe('italic');
  });

  it('puts the ticks on the axis and the reference line at its value', () => {
    expect(g.ticks.map((t) => [t.label, t.x])).toEqual([
      ['0', 136],
      ['2', 220.8],
      ['4', 305.6],
      ['6', 390.4],
      ['8', 475.2],
      ['10', 560],
    ]);
    const withRef = barChartGeometry({ ...options, reference: { value: 6, label: 'Organisation' } });
    // 136 + 0.6 × 424 = 390.4; the reference label takes 24 above the plot instead of 8.
    expect(withRef.reference).toMatchObject({ x: 390.4, label: 'Organisation 6' });
    expect(withRef.plot.top).toBe(28 + 24);
    const line = all(parse(barChartSvg({ ...options, reference: { value: 6, label: 'Organisation' } }).svg), 'line').find((l) => l.attributes['stroke-dasharray'] === '6 3');
    expect(line?.attributes.x1).toBe('390.4');
  });

  it('runs negative bars leftwards from zero', () => {
    const neg = barChartGeometry({ title: 't', width: 600, labelWidth: 120, min: -10, max: 10, bars: [{ label: 'A', value: -5 }, { label: 'B', value: 5 }] });
    // Zero sits mid-axis at 136 + 212 = 348; each bar is a quarter of 424.
    expect(neg.baselineX).toBe(348);
    expect(neg.bars.map((b) => [b.x, b.width, b.textAnchor])).toEqual([
      [242, 106, 'end'],
      [348, 106, 'start'],
    ]);
  });

  it('rounds the axis up to a tick when no max is given', () => {
    const auto = barChartGeometry({ title: 't', bars: [{ label: 'A', value: 73 }] });
    expect(auto.domain).toEqual([0, 80]);
  });
});

describe('divergingGeometry', () => {
  // Width 640, labels 100 wide; the widest total ("12") needs 2 × 7 + 10 = 24 at each end.
  // Plot 8 + 100 + 8 + 24 = 140 to 640 − 8 − 24 = 608, centre 374, each half 234 wide.
  // About 234 / 70 ≈ 3 ticks a side over 0–12 gives steps of 5, so each half runs to 15: 15.6 a count.
  const g = divergingGeometry({ title: 'Elements', width: 640, labelWidth: 100, rows: [{ label: 'Teamwork', values: [4, 12] }] });

  it('puts areas to develop left of the centre and strengths right, to scale', () => {
    expect(g.plot.left).toBe(140);
    expect(g.plot.right).toBe(608);
    expect(g.centreX).toBe(374);
    expect(g.extent).toBe(15);
    expect(g.scale).toBeCloseTo(15.6, 10);
    const [left, right] = g.rows[0]!.segments;
    expect(left).toMatchObject({ side: 'left', x: 311.6, width: 62.4, value: 4 });
    expect(right).toMatchObject({ side: 'right', x: 374, width: 187.2, value: 12 });
    expect(g.rows[0]).toMatchObject({ leftTotal: 4, rightTotal: 12, leftEndX: 311.6, rightEndX: 561.2 });
  });

  it('labels the axis with counts on both sides of zero', () => {
    expect(g.ticks.map((t) => t.label)).toEqual(['15', '10', '5', '0', '5', '10', '15']);
    expect(g.ticks.map((t) => t.x)).toEqual([140, 218, 296, 374, 452, 530, 608]);
  });

  it('stacks several series a side outwards from the centre, with a key', () => {
    const stacked = divergingGeometry({
      title: 'By source',
      width: 640,
      labelWidth: 100,
      series: [
        { name: 'Interviews', side: 'left' },
        { name: 'Focus groups', side: 'left' },
        { name: 'Interviews', side: 'right' },
        { name: 'Focus groups', side: 'right' },
      ],
      rows: [{ label: 'Teamwork', values: [2, 3, 5, 1] }],
    });
    const [a, b, c, d] = stacked.rows[0]!.segments;
    expect(a!.x + a!.width).toBeCloseTo(stacked.centreX, 6);
    expect(b!.x + b!.width).toBeCloseTo(a!.x, 6);
    expect(c!.x).toBe(stacked.centreX);
    expect(d!.x).toBeCloseTo(c!.x + c!.width, 6);
    expect(stacked.keyHeight).toBe(keyLayout(['Interviews', 'Focus groups', 'Interviews', 'Focus groups'], 640).height);
    expect(new Set(stacked.series.map((s) => s.fill)).size).toBe(4);
  });

  it('refuses a row whose values do not match the series', () => {
    expect(() => divergingGeometry({ title: 't', rows: [{ label: 'Teamwork', values: [1] }] })).toThrow(/1 values for 2 series/);
    expect(() => divergingGeometry({ title: 't', rows: [{ label: 'Teamwork', values: [1, -2] }] })).toThrow(/count of zero or more/);
  });
});

describe('spcChartSvg on the worked example', () => {
  // As in spc-geometry.test.ts: at 640 × 300 the plot runs from y 16 to 260 over 5–40, so the
  // mean 23.2 sits at 16 + (40 − 23.2) / 35 × 244 = 133.12, inside a group moved down 28 for the title.
  const WORKED = [20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18];
  const result = analyseSpc(WORKED, { target: 25 });
  const periods = WORKED.map((_, i) => `M${i + 1}`);
  const chart = spcChartSvg(result, { title: 'Worked example', description: 'Fifteen values.', unitLabel: 'Count', periods, width: 640, height: 300 });
  const svg = parse(chart.svg);
  const lines = all(svg, 'line');

  it('draws the mean as a solid line at the hand-worked height', () => {
    const mean = lines.filter((l) => l.attributes.stroke === LINE_COLOURS.mean && l.attributes['stroke-width'] === '1.5' && !l.attributes['stroke-dasharray'] && l.transforms.length > 0);
    expect(mean).toHaveLength(1);
    expect(Number(mean[0]!.attributes.y1)).toBeCloseTo(133.12, 2);
    expect(mean[0]!.attributes.y2).toBe(mean[0]!.attributes.y1);
    expect(mean[0]!.transforms).toEqual(['translate(0 28)']);
  });

  it('draws the process limits dashed, at 32.45 and 233.79', () => {
    const limits = lines.filter((l) => l.attributes['stroke-dasharray'] === LINE_DASH.limit && l.transforms.length > 0);
    expect(limits.map((l) => Number(l.attributes.y1)).sort((a, b) => a - b)).toEqual([expect.closeTo(32.45, 1), expect.closeTo(233.79, 1)]);
  });

  it('draws the target dashed in red', () => {
    // 16 + (40 − 25) / 35 × 244 = 120.57.
    const target = lines.find((l) => l.attributes.stroke === LINE_COLOURS.target && l.transforms.length > 0);
    expect(Number(target?.attributes.y1)).toBeCloseTo(120.57, 2);
    expect(target?.attributes['stroke-dasharray']).toBe(LINE_DASH.target);
  });

  it('marks every point in its colour and shape', () => {
    const markers = [...all(svg, 'circle'), ...all(svg, 'polygon')].filter((m) => m.transforms.length > 0 && m.attributes.fill !== '#ffffff');
    expect(markers).toHaveLength(15);
    // 15 points of common cause (no rule fires on this series): small grey circles.
    expect(result.points.every((p) => p.type === 'common_cause')).toBe(true);
    expect(markers.every((m) => m.name === 'circle' && m.attributes.fill === SPC_COLOURS.grey && m.attributes.r === '4')).toBe(true);
  });

  it('keys the shapes and lines it uses, below the plot', () => {
    const words = all(svg, 'text').map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['Common cause', 'Mean', 'Process limits', 'Target']));
    expect(words).not.toContain('Concern');
    expect(chart.height).toBeGreaterThan(28 + 300);
  });

  it('uses improvement blue and concern orange with their own shapes', () => {
    const rising = analyseSpc([10, 10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 10, 30], { direction: 'increase' });
    const falling = analyseSpc([10, 10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 10, -10], { direction: 'increase' });
    const up = parse(spcChartSvg(rising, { title: 't', description: 'd', unitLabel: 'u', periods: [] }).svg);
    const down = parse(spcChartSvg(falling, { title: 't', description: 'd', unitLabel: 'u', periods: [] }).svg);
    expect(all(up, 'circle').some((c) => c.attributes.fill === SPC_COLOURS.blue && c.attributes.r === '6.5')).toBe(true);
    expect(all(down, 'polygon').some((p) => p.attributes.fill === SPC_COLOURS.orange)).toBe(true);
  });

  it('leaves the title out when the report captions the chart', () => {
    const bare = spcChartSvg(result, { title: 'Worked example', description: 'd', unitLabel: 'Count', periods, width: 640, height: 300, showTitle: false, showKey: false });
    expect(bare.height).toBe(300);
    expect(parse(bare.svg).children.find((c) => c.name === 'g')?.attributes.transform).toBe('translate(0 0)');
  });
});

describe('wrapLabel and formatValue', () => {
  it('breaks at spaces into at most two lines, cutting the rest', () => {
    expect(wrapLabel('Medicine and emergency care directorate', 20)).toEqual(['Medicine and', 'emergency care…']);
    expect(wrapLabel('Teamwork', 20)).toEqual(['Teamwork']);
    expect(wrapLabel('Supercalifragilistic', 8)).toEqual(['Supercal', 'ifragil…']);
  });

  it('writes numbers in en-GB style', () => {
    expect(formatValue(1234.5)).toBe('1,234.5');
    expect(formatValue(6.8, 2)).toBe('6.80');
  });
});
