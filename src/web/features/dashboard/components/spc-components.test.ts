// The SPC components rendered to markup (no browser needed): the accessible names, the text
// alternatives and the no-inline-style rule are what these check, since a screen reader user
// gets nothing else from the chart.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyseSpc } from '../../../../core/spc/index.js';
import type { SpcChartResult } from '../lib/spc-geometry.js';
import { SpcChart } from './SpcChart.js';
import { SpcDataTable } from './SpcDataTable.js';
import { AssuranceIcon, VariationIcon } from './SpcIcons.js';
import { SpcPanel } from './SpcPanel.js';

const WORKED = [20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18];
const weeks = (n: number) => Array.from({ length: n }, (_, i) => `Week ${i + 1}`);
const count = (html: string, text: string) => html.split(text).length - 1;

/** What the browser gets: JSON, with the settings the API's schema leaves out. */
function overTheApi(result: ReturnType<typeof analyseSpc>): SpcChartResult {
  const { settings: _dropped, ...rest } = JSON.parse(JSON.stringify(result)) as ReturnType<typeof analyseSpc>;
  return rest;
}

describe('SpcChart', () => {
  // Limits from the first 15 (the worked example's 8.76 to 37.64), extended to 40 and 41.
  const result = analyseSpc([...WORKED, 40, 41], { direction: 'increase', target: 30, baseline: 15 });
  const html = renderToStaticMarkup(createElement(SpcChart, { result, periods: weeks(17), title: 'Time to first response', unitLabel: 'Minutes' }));

  it('is one image named by its title and described by its summary', () => {
    const labelledBy = /<svg[^>]*aria-labelledby="([^"]+)"/.exec(html)![1]!;
    const describedBy = /<svg[^>]*aria-describedby="([^"]+)"/.exec(html)![1]!;
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain(`<title id="${labelledBy}">Time to first response</title>`);
    expect(html).toMatch(new RegExp(`<desc id="${describedBy}">An SPC chart of 17 values \\(Minutes\\) from Week 1 to Week 17;`));
  });

  it('uses no inline styles, which the page’s security policy forbids', () => {
    expect(html).not.toContain('style=');
  });

  it('marks every point by its type, and labels the target', () => {
    expect(count(html, 'class="app-spc-point ')).toBe(17);
    // 40 and 41 lie beyond the upper limit of 37.6 and higher is better: improvement.
    expect(count(html, 'app-spc-point--blue')).toBe(2);
    expect(html).toContain('>Target</text>');
    expect(html).toContain('<title>Week 17: 41. Special cause: improvement (above the upper process limit)</title>');
  });

  it('draws the two-sigma lines only when asked', () => {
    expect(count(html, 'stroke-dasharray="1 3"')).toBe(0);
    const withSigma = renderToStaticMarkup(createElement(SpcChart, { result, periods: weeks(17), title: 'T', unitLabel: '', showTwoSigma: true }));
    expect(count(withSigma, 'stroke-dasharray="1 3"')).toBe(1);
    expect(count(withSigma, '<line x1=')).toBeGreaterThan(count(html, '<line x1='));
  });

  it('keeps to the width it is given, with fewer labels when narrow', () => {
    const narrow = renderToStaticMarkup(createElement(SpcChart, { result, periods: weeks(17), title: 'T', unitLabel: '', width: 320, height: 220 }));
    expect(narrow).toContain('viewBox="0 0 320 248"');
    expect(count(narrow, '>Week ')).toBeLessThan(count(html, '>Week '));
  });
});

describe('SpcIcons', () => {
  it('names the variation in words and shows its letter', () => {
    const html = renderToStaticMarkup(createElement(VariationIcon, { type: 'special_cause_concern', direction: 'increase' }));
    expect(html).toMatch(/role="img" aria-labelledby="([^"]+)"[^>]*><title id="\1">Variation: special cause concern \(low\)<\/title>/);
    expect(html).toContain('>L</text>');
    expect(html).toContain('fill="#B85400"');
  });

  it('names the assurance in words', () => {
    const html = renderToStaticMarkup(createElement(AssuranceIcon, { icon: 'consistent_pass' }));
    expect(html).toContain('>Assurance: the target will consistently be met</title>');
    expect(html).toContain('>P</text>');
  });

  it('hides a decorative icon, and draws nothing for no icon', () => {
    const html = renderToStaticMarkup(createElement(AssuranceIcon, { icon: 'inconsistent', decorative: true }));
    expect(html).toContain('aria-hidden="true"');
    expect(html).not.toContain('<title');
    expect(renderToStaticMarkup(createElement(VariationIcon, { type: null, direction: 'increase' }))).toBe('');
  });
});

describe('SpcDataTable', () => {
  it('gives every point its period, value, lines and meaning, with numeric columns', () => {
    const result = analyseSpc(WORKED, { direction: 'increase' });
    const html = renderToStaticMarkup(createElement(SpcDataTable, { result, periods: weeks(15), caption: 'Waiting times', unitLabel: 'Minutes' }));
    expect(count(html, '<th class="nhsuk-table__header" scope="row">')).toBe(15);
    expect(html).toContain('nhsuk-table__header nhsuk-table__header--numeric');
    expect(html).toContain('Value (Minutes)');
    expect(count(html, '>23.2</td>')).toBe(15);
    expect(count(html, '>8.8</td>')).toBe(15);
    expect(count(html, '>37.6</td>')).toBe(15);
    expect(html).toContain('<caption class="nhsuk-table__caption nhsuk-table__caption--s"');
  });

  it('says where limits are hidden or recalculated, and prints the reasons', () => {
    const result = analyseSpc(WORKED, { rebase: [8] });
    const html = renderToStaticMarkup(createElement(SpcDataTable, { result, periods: weeks(15), caption: 'C', unitLabel: '' }));
    expect(html).toContain('Limits recalculated from here. Not judged: no process limits');
    expect(count(html, '>Not shown</td>')).toBe(30);
    expect(html).toContain('Limits need at least 13 points; partition 1 (points 1–8) has 8.');
  });
});

describe('SpcPanel', () => {
  it('brings the icons, chart, downloads, key and table together from what the API sends', () => {
    const result = overTheApi(analyseSpc([10, 11, 10, 12, 11, 10, 11, 12, 10, 11, 13, 13, 13, 13, 13, 13, 13], { direction: 'decrease', target: 12 }));
    const html = renderToStaticMarkup(createElement(SpcPanel, { title: 'Sickness absence', unitLabel: '%', periods: weeks(17), result, fileName: 'sickness', gaps: ['Week 3a'] }));
    expect(html).toMatch(/<section class="app-spc-panel" aria-labelledby="([^"]+)"><h2 class="nhsuk-heading-m" id="\1">Sickness absence<\/h2>/);
    expect(html).toContain('<span>Variation: special cause concern (high)</span>');
    expect(html).toContain('<span>Assurance: the target will be met some of the time and missed some of the time</span>');
    expect(html).toContain('class="app-chart-frame" role="region" aria-label="Chart: Sickness absence" tabindex="0"');
    expect(html).toMatch(/Download the chart: <button[^>]*>SVG<\/button> or <button[^>]*>PNG<\/button>/);
    expect(html).toContain('Orange diamond: special cause concern');
    expect(html).toContain('Red dashed line: the target');
    expect(html).toContain('<summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Show the data as a table</span>');
    // The run length comes from the preset, as the API does not send the settings.
    expect(html).toContain('Special cause: concern (run of 6 or more above the mean)');
    expect(html).toContain('No value was recorded for Week 3a; the line joins the points either side.');
    expect(html).not.toContain('style=');
  });

  it('shows the reasons, and no chart, when there is nothing to draw', () => {
    const html = renderToStaticMarkup(createElement(SpcPanel, { title: 'Empty', unitLabel: '', periods: [], result: analyseSpc([]), fileName: 'empty' }));
    expect(html).toContain('The series is empty, so there is nothing to chart.');
    expect(html).not.toContain('<svg');
  });
});
