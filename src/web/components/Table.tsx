import { useId, type ReactNode } from 'react';
import { TableScroll } from './TableScroll.js';

export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
  /** The cell names its row (a person, a unit): rendered as <th scope="row">. */
  rowHeader?: boolean;
}

interface TableProps<T> {
  caption: ReactNode;
  captionSize?: 's' | 'm' | 'l';
  /** Keep the caption for screen readers only, when a heading just above says the same. */
  captionHidden?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
}

/** NHS.UK table inside the NHS.UK scroll container, so wide tables scroll on a phone instead of breaking the page. */
export function Table<T>({ caption, captionSize = 'm', captionHidden, columns, rows, rowKey }: TableProps<T>) {
  const captionId = useId();
  const captionClass = captionHidden ? 'nhsuk-u-visually-hidden' : `nhsuk-table__caption nhsuk-table__caption--${captionSize}`;
  return (
    <TableScroll labelledBy={captionId}>
        <table className="nhsuk-table">
          <caption className={captionClass} id={captionId}>
            {caption}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              {columns.map((c, i) => (
                <th key={i} className={`nhsuk-table__header${c.numeric ? ' nhsuk-table__header--numeric' : ''}`} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((row) => (
              <tr className="nhsuk-table__row" key={rowKey(row)}>
                {columns.map((c, i) =>
                  c.rowHeader ? (
                    <th key={i} className="nhsuk-table__header" scope="row">
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={i} className={`nhsuk-table__cell${c.numeric ? ' nhsuk-table__cell--numeric' : ''}`}>
                      {c.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
    </TableScroll>
  );
}
