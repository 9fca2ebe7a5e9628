// One metric's SPC view for the dashboard: heading, the two icons with their words, the chart
// (drawn at the width of its frame so it stays legible on a phone), downloads, the key, and the
// figures as a table for anyone who cannot or would rather not read the chart.
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Details } from '../../../components/content.js';
import type { SpcChartResult } from '../lib/spc-geometry.js';
import { assuranceText, variationText } from '../lib/spc-words.js';
import { SpcChart } from './SpcChart.js';
import { SpcDataTable } from './SpcDataTable.js';
import { AssuranceIcon, VariationIcon } from './SpcIcons.js';
import { SpcLegend } from './SpcLegend.js';
import { ChartDownloads } from '../../../components/ChartDownloads.js';

export interface SpcPanelProps {
  title: string;
  unitLabel: string;
  periods: string[];
  result: SpcChartResult;
  /** undefined: the result's own target; null: none drawn. The assurance icon always follows the result. */
  target?: number | null;
  /** Without extension; ".svg" or ".png" is added. */
  fileName: string;
  headingLevel?: 2 | 3 | 4;
  showTwoSigma?: boolean;
  /** Periods with no value, which the line joins across: named so nobody reads it as measured there. */
  gaps?: readonly string[];
  /** Anything to say under the heading, such as what the metric measures. */
  children?: ReactNode;
}

/** Until the frame is measured (and where it cannot be, as in server rendering). */
const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 280;

/** The frame's width in CSS pixels, kept up to date as the window or layout changes; measured once the frame is shown. */
function useFrameWidth(shown: boolean) {
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  // Measured before the first paint, so a phone never sees the chart drawn at the default width.
  useLayoutEffect(() => {
    const el = frame.current;
    if (!el) return;
    const measure = (measured: number) => {
      if (measured > 0) setWidth(Math.max(MIN_WIDTH, Math.floor(measured)));
    };
    measure(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => measure(entry?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, [shown]);
  return [frame, width] as const;
}

const listed = (items: readonly string[]) => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`);

export function SpcPanel({ title, unitLabel, periods, result, target, fileName, headingLevel = 2, showTwoSigma = false, gaps = [], children }: SpcPanelProps) {
  const headingId = useId();
  const chart = useRef<SVGSVGElement>(null);
  const hasPoints = result.points.length > 0;
  const [frame, width] = useFrameWidth(hasPoints);
  const Heading = `h${headingLevel}` as const;
  const drawnTarget = target === undefined ? result.target : target;
  // A shorter chart on a phone, so it fits on screen with its icons.
  const height = Math.round(Math.min(360, Math.max(220, width * 0.5)));
  return (
    <section className="app-spc-panel" aria-labelledby={headingId}>
      <Heading className={headingLevel === 2 ? 'nhsuk-heading-m' : 'nhsuk-heading-s'} id={headingId}>
        {title}
      </Heading>
      {children}
      {(result.variation !== null || result.assurance !== null) && (
        <ul className="app-spc-summary">
          {result.variation !== null && (
            <li className="app-spc-summary__item">
              <VariationIcon type={result.variation} direction={result.direction} decorative />
              <span>{variationText(result.variation, result.direction)}</span>
            </li>
          )}
          {result.assurance !== null && (
            <li className="app-spc-summary__item">
              <AssuranceIcon icon={result.assurance} decorative />
              <span>{assuranceText(result.assurance)}</span>
            </li>
          )}
        </ul>
      )}
      {result.reasons.map((reason) => (
        <p key={reason} className="nhsuk-body-s">
          {reason}
        </p>
      ))}
      {hasPoints && (
        <>
          <div className="app-chart-frame" role="region" aria-label={`Chart: ${title}`} tabIndex={0} ref={frame}>
            <SpcChart ref={chart} result={result} periods={periods} title={title} unitLabel={unitLabel} target={drawnTarget} showTwoSigma={showTwoSigma} width={width} height={height} />
          </div>
          <ChartDownloads chart={chart} fileName={fileName} />
          {gaps.length > 0 && <p className="nhsuk-body-s">{`No value was recorded for ${listed(gaps)}; the line joins the points either side.`}</p>}
          {result.warnings.length > 0 && (
            <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
              {result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <SpcLegend direction={result.direction} showTwoSigma={showTwoSigma} hasTarget={drawnTarget !== null} />
          <Details summary="Show the data as a table">
            <SpcDataTable result={result} periods={periods} caption={title} unitLabel={unitLabel} notes={false} />
          </Details>
        </>
      )}
    </section>
  );
}
