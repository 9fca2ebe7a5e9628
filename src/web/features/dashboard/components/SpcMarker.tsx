// Each kind of SPC point has its own shape as well as its own colour, so colour is never the
// only way to tell them apart (WCAG 1.4.1) and the chart still reads in greyscale print. The
// chart and its legend both draw from here so the two cannot drift apart. Colours are SVG
// attributes, not CSS, so a downloaded chart looks the same as on the page.
import type { PointType } from '../../../../core/spc/index.js';
import { pointColour, pointColourClass, SPC_COLOURS } from '../lib/spc-geometry.js';

const WHITE = '#ffffff';

export function PointMarker({ type, x, y }: { type: PointType; x: number; y: number }) {
  const fill = SPC_COLOURS[pointColour(type)];
  const className = `app-spc-point ${pointColourClass(type)}`;
  // A white edge keeps a marker distinct where it sits on a line.
  const edge = { stroke: WHITE, strokeWidth: 1 };
  switch (type) {
    case 'common_cause':
      return <circle className={className} cx={x} cy={y} r={4} fill={fill} {...edge} />;
    case 'special_cause_improvement':
      return (
        <g className={className}>
          <circle cx={x} cy={y} r={6.5} fill={fill} {...edge} />
          <circle cx={x} cy={y} r={2.25} fill={WHITE} />
        </g>
      );
    case 'special_cause_concern':
      return <polygon className={className} points={`${x},${y - 7.5} ${x + 7.5},${y} ${x},${y + 7.5} ${x - 7.5},${y}`} fill={fill} {...edge} />;
    case 'special_cause_neutral_high':
      return <polygon className={className} points={`${x},${y - 7.5} ${x + 7},${y + 5} ${x - 7},${y + 5}`} fill={fill} {...edge} />;
    case 'special_cause_neutral_low':
      return <polygon className={className} points={`${x},${y + 7.5} ${x + 7},${y - 5} ${x - 7},${y - 5}`} fill={fill} {...edge} />;
  }
}
