import { describe, expect, it } from 'vitest';
import { divergingBarSvg } from '../../../../core/report/svg-charts.js';
import { chartMarkup, headingLevel } from './report-view.js';

describe('headingLevel', () => {
  it('makes main sections h2 and subsections h3, under the report’s h1', () => {
    expect(headingLevel({})).toBe(2);
    expect(headingLevel({ level: 1 })).toBe(2);
    expect(headingLevel({ level: 2 })).toBe(3);
  });
});

describe('chartMarkup', () => {
  const svg = '<?xml version="1.0"?>\n<!-- chart -->\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" role="img" aria-labelledby="c-title" aria-describedby="c-desc"><title id="c-title">T</title><desc id="c-desc">D</desc><rect fill="url(#c-grad)"/><use href="#c-dot"/></svg>';
  it('hides the SVG from assistive technology and drops its own labels', () => {
    const out = chartMarkup(svg, 'r1');
    expect(out.startsWith('<svg aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" width="10" height="10">')).toBe(true);
    expect(out).not.toContain('role=');
    expect(out).not.toContain('aria-labelledby');
  });
  it('prefixes every id and every reference to one, so two charts on a page never share an id', () => {
    const out = chartMarkup(svg, 'r1');
    expect(out).toContain('<title id="r1-c-title">T</title>');
    expect(out).toContain('<desc id="r1-c-desc">D</desc>');
    expect(out).toContain('fill="url(#r1-c-grad)"');
    expect(out).toContain('href="#r1-c-dot"');
  });
  it('works on a chart as the server builds it', () => {
    const chart = divergingBarSvg({ title: 'What staff said', rows: [{ label: 'Teamwork', values: [3, 9] }], width: 640, showTitle: false });
    const a = chartMarkup(chart.svg, 'a');
    const b = chartMarkup(chart.svg, 'b');
    const ids = (s: string) => [...s.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(a).length).toBeGreaterThan(0);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
    expect(a).toMatch(/^<svg aria-hidden="true"/);
  });
  it('gives nothing for something that is not an SVG', () => {
    expect(chartMarkup('<div>no</div>', 'x')).toBe('');
  });
});
