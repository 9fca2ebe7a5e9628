// The building blocks every workforce section shares: a section with its h2, one protected
// figure as table text (a hidden one says why to screen readers, as the survey results do),
// and a real NHS table of such figures, numbers right-aligned, in the NHS scroll pattern.
// Sections only say which figures go in which row, so every table reads and hides the same way.
import { useId, type ReactNode } from 'react';
import { TableScroll } from '../../../components/TableScroll.js';
import type { Cell } from '../api/workforce-api.js';
import { cellText, hiddenExplanation, type CellKind } from '../lib/cells.js';

export interface Figure {
  cell: Cell;
  kind: CellKind;
}

export const count = (cell: Cell): Figure => ({ cell, kind: 'count' });
export const fte = (cell: Cell): Figure => ({ cell, kind: 'fte' });
export const share = (cell: Cell): Figure => ({ cell, kind: 'share' });
export const ratio = (cell: Cell): Figure => ({ cell, kind: 'ratio' });
export const decimal = (cell: Cell): Figure => ({ cell, kind: 'decimal' });

/** A figure that is not about people (so never hidden), such as funded posts. */
export const plain = (value: number, kind: CellKind): Figure => ({ cell: { status: 'shown', n: 0, value }, kind });

/** One figure as text; a hidden one carries its reason for screen readers. */
export function FigureText({ figure, k }: { figure: Figure; k: number }) {
  const { cell, kind } = figure;
  if (cell.status === 'shown') return <>{cellText(cell, kind)}</>;
  return (
    <>
      {cellText(cell, kind)}
      <span className="nhsuk-u-visually-hidden">: {hiddenExplanation(cell.status, k)}</span>
    </>
  );
}

export interface FigureRow {
  key: string;
  label: ReactNode;
  /** One per column after the label; null where the figure does not apply. */
  figures: (Figure | null)[];
}

interface FigureTableProps {
  caption: ReactNode;
  /** The first column's header: what each row is ("Pay band", "Figure"). */
  rowHeader: string;
  headers: readonly string[];
  rows: readonly FigureRow[];
  k: number;
}

/** The NHS.UK table of figures: a row header, then one right-aligned figure per column. */
export function FigureTable({ caption, rowHeader, headers, rows, k }: FigureTableProps) {
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s" id={captionId}>
            {caption}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">
                {rowHeader}
              </th>
              {headers.map((header) => (
                <th key={header} className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((row) => (
              <tr className="nhsuk-table__row" key={row.key}>
                <th className="nhsuk-table__header" scope="row">
                  {row.label}
                </th>
                {row.figures.map((f, i) => (
                  <td key={i} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {f ? <FigureText figure={f} k={k} /> : <span className="nhsuk-u-visually-hidden">Does not apply</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
    </TableScroll>
  );
}

/** A part of the analysis under its own h2; `id` names the heading the section is labelled by. */
export function WorkforceSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="nhsuk-u-margin-bottom-7" aria-labelledby={id}>
      <h2 className="nhsuk-heading-m" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}
