// The workforce sections rendered to markup (no browser needed), fed by the core's own reports
// on small hand-made organisations: the hand-worked figures, the hidden cells and their
// reasons, right-aligned numbers, and that no manager is ever named.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ageProfile } from '../../../../core/workforce/age-profile.js';
import { leadersReport } from '../../../../core/workforce/leaders.js';
import type { WorkforceRecord } from '../../../../core/workforce/records.js';
import { representationReport } from '../../../../core/workforce/representation.js';
import { spanOfControl } from '../../../../core/workforce/span-of-control.js';
import { successionReport } from '../../../../core/workforce/succession.js';
import { many, staffRecord } from '../../../../core/workforce/testing.js';
import { turnoverReport } from '../../../../core/workforce/turnover.js';
import { prepareWorkforce } from '../../../../core/workforce/workforce.js';
import type { WorkforceAnalysis } from '../api/workforce-api.js';
import { AboutFigures } from './AboutFigures.js';
import { LeadersSection } from './LeadersSection.js';
import { RepresentationSection } from './RepresentationSection.js';
import { SpanSection } from './SpanSection.js';

const ASOF = '2026-10-31';
const K = 11;

/** The analysis as the API builds it (workforce.service.ts), span lists left out. */
function analysisOf(records: WorkforceRecord[], units: { id: string; parentId: string | null }[]): WorkforceAnalysis {
  const w = prepareWorkforce(records, units);
  const [from, to] = ['2025-11-01', '2026-11-01'];
  const span = spanOfControl(w, { asOf: ASOF, k: K });
  return {
    asOf: ASOF,
    from,
    to,
    k: K,
    units: units.map((u) => ({ unitId: u.id, name: u.id, parentId: u.parentId })),
    problems: { total: w.problems.length, shown: w.problems.slice(0, 50) },
    leaders: leadersReport(w, { asOf: ASOF, k: K }),
    span: { asOf: ASOF, k: K, min: span.min, max: span.max, rows: span.rows, linkProblems: { cycles: 0, managesSelf: 0, managerUnknown: 0, managerNotInPost: 2 } },
    turnover: turnoverReport(w, { from, to, k: K }),
    age: ageProfile(w, { asOf: ASOF, k: K }),
    succession: successionReport(w, { asOf: ASOF, k: K }),
    representation: representationReport(w, { asOf: ASOF, k: K }),
  };
}

const row = <R extends { unitId: string | null }>(report: { rows: R[] }, unitId: string | null): R => report.rows.find((r) => r.unitId === unitId)!;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** A division of 49: a ward of 40 (12 of them band 8a leaders) and a ward of 9. */
const SMALL_WARD = analysisOf(
  [...many(28, 'b', 'BIG'), ...many(12, 'l', 'BIG', { payBand: 'Band 8a', staffGroup: 'Administrative and Clerical' }), ...many(9, 's', 'SMALL')],
  [
    { id: 'DIV', parentId: null },
    { id: 'BIG', parentId: 'DIV' },
    { id: 'SMALL', parentId: 'DIV' },
  ],
);

describe('LeadersSection', () => {
  it('shows the whole organisation’s leaders with hand-worked figures, numbers right-aligned', () => {
    const html = renderToStaticMarkup(createElement(LeadersSection, { row: row(SMALL_WARD.leaders, null), asOf: ASOF, k: K, place: 'Whole organisation' }));
    const words = text(html);
    // 12 leaders of 49 staff in post: 24.489…%.
    expect(words).toContain('12 leaders: 24.5% of the 49 staff in post.');
    expect(words).toMatch(/Leaders 12 12\.0 24\.5%/);
    expect(words).toMatch(/Band 8a 12 12\.0 24\.5%/);
    expect(words).toMatch(/Administrative and Clerical 12 12\.0 24\.5%/);
    // Every figure cell is numeric; only row headers are not.
    const cells = html.match(/<td class="[^"]*"/g)!;
    expect(cells.length).toBeGreaterThan(6);
    for (const cell of cells) expect(cell).toContain('nhsuk-table__cell--numeric');
    expect(html).toContain('<h2 class="nhsuk-heading-m" id="workforce-leaders">Leaders</h2>');
  });

  it('hides a ward of 9, and says why to screen readers', () => {
    const html = renderToStaticMarkup(createElement(LeadersSection, { row: row(SMALL_WARD.leaders, 'SMALL'), asOf: ASOF, k: K, place: 'SMALL' }));
    expect(text(html)).toMatch(/All staff in post Too few : fewer than 11 people, so not shown/);
    expect(html).toContain('<span class="nhsuk-u-visually-hidden">: fewer than 11 people, so not shown</span>');
    expect(text(html)).not.toMatch(/\b9\b/);
    // Its larger neighbour is hidden too: the division of 49 less it would give the ward of 9.
    const big = text(renderToStaticMarkup(createElement(LeadersSection, { row: row(SMALL_WARD.leaders, 'BIG'), asOf: ASOF, k: K, place: 'BIG' })));
    expect(big).toMatch(/All staff in post Hidden : hidden so that a smaller group cannot be worked out/);
    expect(big).not.toMatch(/\b40\b/);
  });
});

describe('RepresentationSection', () => {
  // 400 white staff, 60 in band 8a; 220 ethnic minority staff, 11 in band 8a: (60/400) ÷ (11/220) = 0.15 ÷ 0.05 = 3.
  const records = [
    ...many(340, 'w', 'TRUST'),
    ...many(60, 'wl', 'TRUST', { payBand: 'Band 8a' }),
    ...many(209, 'e', 'TRUST', { ethnicity: 'Asian or Asian British - Indian' }),
    ...many(11, 'el', 'TRUST', { ethnicity: 'Black or Black British - African', payBand: 'Band 8a' }),
  ];
  const analysis = analysisOf(records, [{ id: 'TRUST', parentId: null }]);
  const html = renderToStaticMarkup(createElement(RepresentationSection, { row: row(analysis.representation, null), asOf: ASOF, k: K, place: 'Whole organisation' }));
  const words = text(html);

  it('gives the relative likelihood as a ratio and in plain words', () => {
    expect(words).toContain('Relative likelihood: 3.00 .');
    expect(words).toContain('White staff are 3.0 times as likely as ethnic minority staff to be in band 8a or above (1.0 would be equal).');
    expect(words).toMatch(/White staff 60 400 15\.0%/);
    expect(words).toMatch(/Ethnic minority staff 11 220 5\.0%/);
  });

  it('shows each band’s ethnic minority share beside all staff', () => {
    // Band 5: 209 of 549 (38.1%); band 8a: 11 of 71 (15.5%); everyone: 220 of 620 (35.5%).
    expect(words).toMatch(/Band 5 340 209 – : nobody in this group 38\.1%/);
    expect(words).toMatch(/Band 8a 60 11 – : nobody in this group 15\.5%/);
    expect(words).toMatch(/All staff 400 220 – : nobody in this group 35\.5%/);
  });

  it('says why the disability ratio cannot be worked out when nobody is disabled', () => {
    expect(words).toContain('Disabled staff – : nobody in this group');
    expect(words).toContain('Information: No disabled staff are in band 8a or above here, so the relative likelihood cannot be worked out.');
  });
});

describe('SpanSection', () => {
  it('gives counts only, never a manager', () => {
    const records = [staffRecord('BOSS', 'TRUST', { isLeader: true }), ...many(20, 'r', 'TRUST', { managerId: 'BOSS' })];
    const analysis = analysisOf(records, [{ id: 'TRUST', parentId: null }]);
    const html = renderToStaticMarkup(
      createElement(SpanSection, { row: row(analysis.span, null), asOf: ASOF, min: 3, max: 15, linkProblems: analysis.span.linkProblems, k: K, place: 'Whole organisation' }),
    );
    expect(html).not.toContain('BOSS');
    // One manager is fewer than 11: hidden, with everything worked out from it.
    expect(text(html)).toMatch(/Managers \(people with at least one direct report\) Too few/);
    expect(text(html)).toMatch(/Median direct reports Too few/);
    expect(text(html)).toContain('2 people name a line manager who was not in post on that date');
  });
});

describe('AboutFigures', () => {
  it('explains hidden figures at the threshold and lists the first problems', () => {
    const bad = Array.from({ length: 12 }, (_, i) => staffRecord(`x${i}`, 'TRUST', { fte: 3 }));
    const analysis = analysisOf([...many(20, 'a', 'TRUST'), ...bad], [{ id: 'TRUST', parentId: null }]);
    const html = renderToStaticMarkup(createElement(AboutFigures, { data: analysis }));
    const words = text(html);
    expect(words).toContain('Figures about fewer than 11 people are not shown');
    expect(words).toContain('12 problems were found in the staff record.');
    expect(words).toContain('Show the first 10 problems');
    expect(html.match(/<li>/g)!.length).toBe(9 + 10); // nine definitions, ten problems
    expect(words).toContain('FTE: An FTE of 3 is outside 0 (not included) to 1.5. Left out of every figure.');
    expect(words).toContain('1 November 2025 to 31 October 2026');
  });
});
