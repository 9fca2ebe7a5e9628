// The key drivers as a ranked bar chart: each bar is the correlation with the outcome, the
// line across it its 95% interval. Drawn as SVG with attributes only (the page allows no
// inline styles), so it can be saved as SVG or PNG as it looks here. The table beside it
// carries the same figures for anyone who cannot see the chart.
import { forwardRef } from 'react';
import type { DriverRow } from '../api/results-api.js';

const ROW = 34;
const LABEL = 300;
const PLOT = 320;
const RIGHT = 60;
const TOP = 36;

/** The axis runs from 0 (or below, if an interval does) to 1. */
export function axisStart(rows: readonly DriverRow[]): number {
  const lows = rows.flatMap((r) => (r.ciLow === null ? [] : [r.ciLow]));
  return Math.min(0, Math.floor(Math.min(0, ...lows) * 10) / 10);
}

export const DriversChart = forwardRef<SVGSVGElement, { rows: DriverRow[]; outcome: string }>(function DriversChart({ rows, outcome }, ref) {
  const shown = rows.filter((r) => r.r !== null);
  const start = axisStart(shown);
  const x = (v: number) => LABEL + ((v - start) / (1 - start)) * PLOT;
  const height = TOP + shown.length * ROW + 30;
  const width = LABEL + PLOT + RIGHT;
  const ticks = [start, ...[0, 0.25, 0.5, 0.75, 1].filter((t) => t > start)];
  return (
    <svg ref={ref} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="drivers-chart-title" className="app-chart" fontFamily="Frutiger W01, Arial, sans-serif" fontSize="14">
      <title id="drivers-chart-title">{`How closely each measure moves with ${outcome}: correlation with its 95% interval, strongest first`}</title>
      <rect x="0" y="0" width={width} height={height} fill="#ffffff" />
      <text x="0" y="18" fontWeight="bold" fill="#212b32">{`Correlation with ${outcome}`}</text>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={TOP + shown.length * ROW} stroke="#d8dde0" />
          <text x={x(t)} y={TOP + shown.length * ROW + 18} textAnchor="middle" fill="#4c6272" fontSize="12">
            {t.toFixed(2)}
          </text>
        </g>
      ))}
      {shown.map((row, i) => {
        const y = TOP + i * ROW;
        const r = row.r!;
        return (
          <g key={row.id}>
            <text x={LABEL - 10} y={y + ROW / 2 + 5} textAnchor="end" fill="#212b32">
              {row.name.length > 40 ? `${row.name.slice(0, 38)}…` : row.name}
            </text>
            <rect x={Math.min(x(0), x(r))} y={y + 8} width={Math.abs(x(r) - x(0))} height={ROW - 16} fill="#005eb8" />
            {row.ciLow !== null && row.ciHigh !== null && (
              <g stroke="#212b32" strokeWidth="1.5">
                <line x1={x(row.ciLow)} x2={x(row.ciHigh)} y1={y + ROW / 2} y2={y + ROW / 2} />
                <line x1={x(row.ciLow)} x2={x(row.ciLow)} y1={y + 11} y2={y + ROW - 11} />
                <line x1={x(row.ciHigh)} x2={x(row.ciHigh)} y1={y + 11} y2={y + ROW - 11} />
              </g>
            )}
            <text x={x(Math.max(r, row.ciHigh ?? r)) + 6} y={y + ROW / 2 + 5} fill="#212b32" fontSize="13">
              {r.toFixed(2)}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
