// The key to an SPC chart in words, each beside a sample of the mark it explains, so the
// colours and shapes never have to be guessed. Only the kinds of point a chart of this
// direction can show are listed: improvement and concern need a direction, high and low don't.
import type { ReactNode } from 'react';
import type { ImprovementDirection, PointType } from '../../../../core/spc/index.js';
import { LINE_COLOURS, LINE_DASH } from '../lib/spc-geometry.js';
import { PointMarker } from './SpcMarker.js';

const POINTS: Record<PointType, string> = {
  common_cause: 'Small grey dot: common cause variation, the usual ups and downs of the process',
  special_cause_improvement: 'Large blue circle with a white centre: special cause improvement',
  special_cause_concern: 'Orange diamond: special cause concern',
  special_cause_neutral_high: 'Purple triangle pointing up: special cause, unusually high',
  special_cause_neutral_low: 'Purple triangle pointing down: special cause, unusually low',
};

function Key({ children }: { children: ReactNode }) {
  return (
    <svg className="app-spc-legend__key" viewBox="0 0 32 20" width="32" height="20" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

function LineKey({ colour, dash, width = 1.5 }: { colour: string; dash?: string; width?: number }) {
  return (
    <Key>
      <line x1="2" x2="30" y1="10" y2="10" stroke={colour} strokeWidth={width} strokeDasharray={dash} />
    </Key>
  );
}

export function SpcLegend({ direction, showTwoSigma, hasTarget }: { direction: ImprovementDirection; showTwoSigma: boolean; hasTarget: boolean }) {
  const types: PointType[] =
    direction === 'neither'
      ? ['common_cause', 'special_cause_neutral_high', 'special_cause_neutral_low']
      : ['common_cause', 'special_cause_improvement', 'special_cause_concern'];
  return (
    <ul className="app-spc-legend">
      {types.map((type) => (
        <li key={type}>
          <Key>
            <PointMarker type={type} x={16} y={10} />
          </Key>
          {POINTS[type]}
        </li>
      ))}
      <li>
        <LineKey colour={LINE_COLOURS.mean} />
        Solid line: the mean
      </li>
      <li>
        <LineKey colour={LINE_COLOURS.limit} dash={LINE_DASH.limit} />
        Dashed lines: the process limits, between which nearly all points fall while nothing changes
      </li>
      {showTwoSigma && (
        <li>
          <LineKey colour={LINE_COLOURS.twoSigma} dash={LINE_DASH.twoSigma} width={1} />
          Dotted lines: two thirds of the way from the mean to each limit (two sigma), used by the ‘2 of 3 points’ rule
        </li>
      )}
      {hasTarget && (
        <li>
          <LineKey colour={LINE_COLOURS.target} dash={LINE_DASH.target} width={2} />
          Red dashed line: the target
        </li>
      )}
    </ul>
  );
}
