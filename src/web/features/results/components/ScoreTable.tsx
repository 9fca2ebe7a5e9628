// The coloured score table behind the heatmap and the breakdowns: rows (units, or a unit's
// groups) against measures, every score coloured and worded against the first row, sortable
// by any measure from its column header, with the sort announced. It is a real table, so
// screen readers move by row and column; hidden cells say why and carry no figures.
import { useState, type ReactNode } from 'react';
import { TableScroll } from '../../../components/TableScroll.js';
import type { Cell, CellStatus } from '../api/results-api.js';
import { compare, comparisonText, formatScore, HIDDEN_LABELS, sortRows, type SortKey } from '../lib/heatmap-display.js';

export interface ScoreRow {
  key: string;
  respondents: number | null;
  respondentStatus: CellStatus;
  cells: Cell[];
}

const hiddenLabel = (status: CellStatus) => HIDDEN_LABELS[status as Exclude<CellStatus, 'shown'>];

function ScoreCell({ cell, reference, referenceName }: { cell: Cell; reference: Cell | undefined; referenceName: string }) {
  if (cell.status !== 'shown' || cell.mean === null) {
    return <td className={`nhsuk-table__cell app-heat app-heat--hidden app-heat--${cell.status}`}>{hiddenLabel(cell.status)}</td>;
  }
  const base = reference?.status === 'shown' ? reference.mean : null;
  const band = compare(cell.mean, base);
  const words = comparisonText(cell.mean, base, referenceName);
  return (
    <td className={`nhsuk-table__cell nhsuk-table__cell--numeric app-heat app-heat--${band}`}>
      {formatScore(cell.mean)}
      {band !== 'similar' && (
        <span aria-hidden="true" className="app-heat__mark">
          {band.endsWith('higher') ? ' ▲' : ' ▼'}
        </span>
      )}
      {words && <span className="nhsuk-u-visually-hidden">, {words}</span>}
    </td>
  );
}

function SortButton({ label, index, sort, onSort }: { label: string; index: number; sort: SortKey; onSort: (s: SortKey) => void }) {
  const active = sort?.measure === index;
  const next: SortKey = active && sort.direction === 'descending' ? { measure: index, direction: 'ascending' } : { measure: index, direction: 'descending' };
  return (
    <button type="button" className="app-link-button app-sort-button" onClick={() => onSort(next)}>
      {label}
      <span className="nhsuk-u-visually-hidden">, sort {next.direction === 'descending' ? 'highest first' : 'lowest first'}</span>
    </button>
  );
}

interface ScoreTableProps<R extends ScoreRow> {
  id: string;
  caption: string;
  /** The first column's heading, e.g. "Unit" or "Pay band". */
  rowsAre: string;
  measures: readonly { id: string; name: string }[];
  rows: readonly R[];
  /** The row's header cell (a <th scope="row">); `sorted` is true while sorted by a measure. */
  header: (row: R, sorted: boolean) => ReactNode;
  /** What the first row is called in words, e.g. "the organisation". */
  referenceName: string;
  /** The words of the link that undoes a sort, e.g. "Show in the order of the organisation’s structure". */
  unsortLabel: string;
}

export function ScoreTable<R extends ScoreRow>({ id, caption, rowsAre, measures, rows, header, referenceName, unsortLabel }: ScoreTableProps<R>) {
  const [sort, setSort] = useState<SortKey>(null);
  const [announcement, setAnnouncement] = useState('');
  const reference = rows[0];
  const onSort = (next: SortKey) => {
    setSort(next);
    if (next) setAnnouncement(`Sorted by ${measures[next.measure]!.name}, ${next.direction === 'descending' ? 'highest first' : 'lowest first'}.`);
  };
  return (
    <>
      <div className="app-button-group">
        {sort && (
          <button type="button" className="app-link-button" onClick={() => { setSort(null); setAnnouncement('Back in the original order.'); }}>
            {unsortLabel}
          </button>
        )}
      </div>
      <div className="nhsuk-u-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      <TableScroll labelledBy={`${id}-caption`}>
        <table className="nhsuk-table app-heatmap">
          <caption className="nhsuk-table__caption nhsuk-table__caption--m" id={`${id}-caption`}>
            {caption}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">{rowsAre}</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">People who answered</th>
              {measures.map((m, i) => (
                <th key={m.id} scope="col" className="nhsuk-table__header nhsuk-table__header--numeric" aria-sort={sort?.measure === i ? sort.direction : 'none'}>
                  <SortButton label={m.name} index={i} sort={sort} onSort={onSort} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {sortRows(rows, sort).map((row) => (
              <tr key={row.key} className={`nhsuk-table__row${row === reference ? ' app-heat__organisation' : ''}`}>
                {header(row, sort !== null)}
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{row.respondents === null ? hiddenLabel(row.respondentStatus) : row.respondents.toLocaleString('en-GB')}</td>
                {row.cells.map((cell, i) => (
                  <ScoreCell key={measures[i]!.id} cell={cell} reference={reference?.cells[i]} referenceName={referenceName} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
