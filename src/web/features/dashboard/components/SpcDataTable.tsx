// The SPC chart as a table: every point with the mean and limits it was judged against and what
// it shows in words. This is the chart's full text alternative, for screen readers and for
// anyone who wants the figures, so nothing the chart shows may be missing from it.
import { Table } from '../../../components/Table.js';
import type { SpcChartResult } from '../lib/spc-geometry.js';
import { describePoint, formatNumber, lineDecimals } from '../lib/spc-words.js';

type Point = SpcChartResult['points'][number];

export interface SpcDataTableProps {
  result: SpcChartResult;
  periods: readonly string[];
  caption: string;
  unitLabel: string;
  /** Print the result's warnings and reasons under the table (off where the page shows them already). */
  notes?: boolean;
}

const NOT_SHOWN = 'Not shown';

export function SpcDataTable({ result, periods, caption, unitLabel, notes = true }: SpcDataTableProps) {
  const decimals = lineDecimals(result.points.map((p) => p.value));
  const line = (v: number | null | undefined) => (v === null || v === undefined ? NOT_SHOWN : formatNumber(v, decimals, true));
  const partition = (p: Point) => result.partitions[p.partition];
  const unit = unitLabel ? ` (${unitLabel})` : '';
  const messages = notes ? [...result.warnings, ...result.reasons] : [];
  return (
    <div className="app-spc-table">
      {result.points.length > 0 && (
        <Table
          caption={caption}
          captionSize="s"
          columns={[
            { header: 'Period', rowHeader: true, cell: (p: Point) => periods[p.index] ?? `Point ${p.index + 1}` },
            { header: `Value${unit}`, numeric: true, cell: (p) => formatNumber(p.value) },
            { header: 'Mean', numeric: true, cell: (p) => line(partition(p)?.mean) },
            { header: 'Lower process limit', numeric: true, cell: (p) => line(partition(p)?.lpl) },
            { header: 'Upper process limit', numeric: true, cell: (p) => line(partition(p)?.upl) },
            {
              header: 'What it shows',
              cell: (p) => {
                // The chart shows a recalculation as a step in the lines; say so where it happens.
                const rebased = p.partition > 0 && partition(p)?.start === p.index;
                return `${rebased ? 'Limits recalculated from here. ' : ''}${describePoint(p, result)}`;
              },
            },
          ]}
          rows={result.points}
          rowKey={(p) => String(p.index)}
        />
      )}
      {messages.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
