// The board report as a web page: the same document the DOCX and PDF are drawn from, with the
// same helpers for numbers and notes. The charts are our own server-built SVG; on the page each
// sits inside an element that carries the chart's text alternative, so the SVG itself is hidden
// from assistive technology, and its ids are made unique, as a page may hold several charts.
import type { ReportSection } from '../../../../core/report/document.js';

/** Sections of level 1 are the page's h2s, level 2 its h3s: the report's title is the h1. */
export function headingLevel(section: Pick<ReportSection, 'level'>): 2 | 3 {
  return section.level === 2 ? 3 : 2;
}

const ROOT_ARIA = /\s(?:role|aria-labelledby|aria-describedby|aria-label|aria-hidden|focusable)="[^"]*"/g;

/** The SVG ready to insert: no XML prolog or comments before it, hidden from assistive technology, its ids prefixed. */
export function chartMarkup(svg: string, prefix: string): string {
  const body = svg.replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '');
  const open = /^<svg\b[^>]*>/.exec(body);
  if (!open) return '';
  const root = open[0].replace(ROOT_ARIA, '').replace(/^<svg\b/, '<svg aria-hidden="true" focusable="false"');
  const rest = body
    .slice(open[0].length)
    .replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${prefix}-${id})`)
    .replace(/\s(xlink:href|href)="#([^"]+)"/g, (_m, attr: string, id: string) => ` ${attr}="#${prefix}-${id}"`);
  return root + rest;
}
