// An SPC chart in the Making Data Count manner: the values as a grey line with each point
// marked by what it shows, the mean solid, the process limits dashed, stepping where the limits
// were recalculated. Drawn as SVG with attributes only (the page allows no inline styles), so it
// can be saved as SVG or PNG as it looks here. The caller passes the width it is shown at, so
// text stays readable and x labels are thinned rather than shrunk on a phone. The data table
// beside it is the full text alternative; the <desc> gives the gist.
import { forwardRef, useId } from 'react';
import { LINE_COLOURS, LINE_DASH, spcGeometry, type Segment, type SpcChartResult } from '../lib/spc-geometry.js';
import { describePoint, formatNumber, summariseChart } from '../lib/spc-words.js';
import { PointMarker } from './SpcMarker.js';

export interface SpcChartProps {
  result: SpcChartResult;
  periods: readonly string[];
  title: string;
  /** Shown up the y axis, e.g. "Minutes" or "% of staff". */
  unitLabel: string;
  /** undefined: the result's own target; null: none drawn. */
  target?: number | null;
  showTwoSigma?: boolean;
  width?: number;
  height?: number;
}

/** Room above the plot for the title, so a downloaded chart says what it is. */
const HEADER = 28;
const TEXT = '#212b32';
const MUTED = '#4c6272';
const GRID = '#e8edee';

function Lines({ segments, colour, dash, width }: { segments: Segment[]; colour: string; dash?: string; width: number }) {
  return (
    <g stroke={colour} strokeWidth={width} strokeDasharray={dash} fill="none">
      {segments.map((s, i) => (
        <line key={i} x1={s.x1} x2={s.x2} y1={s.y} y2={s.y} />
      ))}
    </g>
  );
}

export const SpcChart = forwardRef<SVGSVGElement, SpcChartProps>(function SpcChart(
  { result, periods, title, unitLabel, target, showTwoSigma = false, width = 640, height = 320 },
  ref,
) {
  const titleId = useId();
  const descId = useId();
  const g = spcGeometry(result, periods, { width, height, target });
  const shownTarget = g.target;
  const middle = (g.plot.top + g.plot.bottom) / 2;
  // Roughly 8 units a character of bold 14px text: cut a long title rather than let it run off.
  const room = Math.floor((width - 8) / 8);
  const heading = title.length > room ? `${title.slice(0, room - 1)}…` : title;
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${width} ${height + HEADER}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      className="app-spc-chart"
      fontFamily="Frutiger W01, Arial, sans-serif"
      fontSize="12"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{summariseChart(result, periods, unitLabel, shownTarget?.value ?? null)}</desc>
      <rect x="0" y="0" width={width} height={height + HEADER} fill="#ffffff" />
      <text x="4" y="18" fontWeight="bold" fontSize="14" fill={TEXT}>
        {heading}
      </text>
      <g transform={`translate(0 ${HEADER})`}>
        {g.yTicks.map((t) => (
          <g key={t.value}>
            <line x1={g.plot.left} x2={g.plot.right} y1={t.y} y2={t.y} stroke={GRID} />
            <text x={g.plot.left - 6} y={t.y + 4} textAnchor="end" fill={MUTED}>
              {t.label}
            </text>
          </g>
        ))}
        <text x="12" y={middle} transform={`rotate(-90 12 ${middle})`} textAnchor="middle" fill={TEXT}>
          {unitLabel}
        </text>
        <line x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} stroke={MUTED} />
        {g.xLabels.map((l) => (
          <g key={l.index}>
            <line x1={l.x} x2={l.x} y1={g.plot.bottom} y2={g.plot.bottom + 4} stroke={MUTED} />
            <text x={l.x} y={g.plot.bottom + 18} textAnchor={l.anchor} fill={MUTED}>
              {l.label}
            </text>
          </g>
        ))}
        {showTwoSigma && <Lines segments={[...g.lines.lowerTwoSigma, ...g.lines.upperTwoSigma]} colour={LINE_COLOURS.twoSigma} dash={LINE_DASH.twoSigma} width={1} />}
        <Lines segments={[...g.lines.lpl, ...g.lines.upl]} colour={LINE_COLOURS.limit} dash={LINE_DASH.limit} width={1.5} />
        <Lines segments={g.lines.mean} colour={LINE_COLOURS.mean} width={1.5} />
        {shownTarget && (
          <g>
            <line x1={g.plot.left} x2={g.plot.right} y1={shownTarget.y} y2={shownTarget.y} stroke={LINE_COLOURS.target} strokeWidth="2" strokeDasharray={LINE_DASH.target} />
            {/* A white halo keeps the label legible where it crosses the other lines. */}
            <text x={g.plot.right - 2} y={shownTarget.y - 5} textAnchor="end" fill={LINE_COLOURS.target} fontWeight="bold" stroke="#ffffff" strokeWidth="3" paintOrder="stroke">
              Target
            </text>
          </g>
        )}
        {g.valuePath && <path d={g.valuePath} fill="none" stroke={LINE_COLOURS.values} strokeWidth="2" strokeLinejoin="round" />}
        {g.points.map((p) => (
          <g key={p.index}>
            {/* Shown on hover, for those who point at a mark to read it. */}
            <title>{`${p.period}: ${formatNumber(p.value)}. ${describePoint(result.points[p.index]!, result)}`}</title>
            <PointMarker type={p.type} x={p.x} y={p.y} />
          </g>
        ))}
        {g.points.length === 0 && (
          <text x={(g.plot.left + g.plot.right) / 2} y={middle} textAnchor="middle" fill={MUTED}>
            No data to chart
          </text>
        )}
      </g>
    </svg>
  );
});
