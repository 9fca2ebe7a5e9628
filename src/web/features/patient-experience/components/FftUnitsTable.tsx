// The latest month of the Friends and Family Test for every unit that reports it, as the board
// reads it: a figure NHS England's publication would hide shows as "*" (read out as "hidden"),
// with the reason said plainly under the table rather than left to a footnote symbol.
import type { ReactNode } from 'react';
import { TableScroll } from '../../../components/TableScroll.js';
import type { FftUnitRow } from '../api/patient-experience-api.js';
import { monthInWords } from '../lib/dates.js';

function Hidden() {
  return (
    <>
      <span aria-hidden="true">*</span>
      <span className="nhsuk-u-visually-hidden">hidden</span>
    </>
  );
}

const count = (v: number | null) => (v === null ? <Hidden /> : v.toLocaleString('en-GB'));
const percent = (row: FftUnitRow, v: number | null) => (row.status === 'no_responses' ? '–' : v === null ? <Hidden /> : `${v.toFixed(1)}%`);

const STATUS: Record<FftUnitRow['status'], string> = {
  shown: '',
  too_few: 'Fewer than 5 responses',
  protects_another: 'Counts hidden to protect a smaller unit',
  no_responses: 'No responses',
};

// Written out rather than with the shared Table: this table is nearly always a little wider than
// its frame, and the frame must then take focus so it can be scrolled by keyboard (WCAG 2.1.1),
// as the dashboard's tables do.
export function FftUnitsTable({ period, rows, threshold }: { period: string; rows: readonly FftUnitRow[]; threshold: number }) {
  const caption = `Latest month by unit: ${monthInWords(period)}`;
  const columns: [header: string, cell: (r: FftUnitRow) => ReactNode][] = [
    ['Responses', (r) => count(r.responses)],
    ['% positive', (r) => percent(r, r.percentPositive)],
    ['% negative', (r) => percent(r, r.percentNegative)],
    ['Very good', (r) => count(r.veryGood)],
    ['Good', (r) => count(r.good)],
    ['Neither good nor poor', (r) => count(r.neither)],
    ['Poor', (r) => count(r.poor)],
    ['Very poor', (r) => count(r.veryPoor)],
    ['Don’t know', (r) => count(r.dontKnow)],
  ];
  const anyHidden = rows.some((r) => r.status === 'too_few' || r.status === 'protects_another');
  return (
    <>
      <TableScroll label={caption}>
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Unit
              </th>
              {columns.map(([header]) => (
                <th key={header} scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((r) => (
              <tr key={r.unitId} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header">
                  <span className={r.depth > 0 ? `app-indent-${Math.min(r.depth, 4)}` : undefined}>{r.name}</span>
                  {STATUS[r.status] && <span className="nhsuk-body-s"> {STATUS[r.status]}</span>}
                </th>
                {columns.map(([header, cell]) => (
                  <td key={header} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {cell(r)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {anyHidden && (
        <p className="nhsuk-body-s">
          * Hidden, as NHS England hides it in the Friends and Family Test publication. A unit with fewer than {threshold} responses has all its figures hidden, so nobody’s answer can be
          picked out. The next smallest unit beside it, and the two smallest units inside a hidden one, have their counts hidden too, so the small figure cannot be worked out by taking the
          others away from the total; their percentages are still shown.
        </p>
      )}
    </>
  );
}
