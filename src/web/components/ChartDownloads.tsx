// "Download the chart: SVG or PNG" for any chart drawn as SVG: the file is made in the browser
// from the chart on screen (lib/chart-download.ts), so it shows exactly what the page shows.
import { useState, type RefObject } from 'react';
import { downloadPng, downloadSvg } from '../lib/chart-download.js';

export function ChartDownloads({ chart, fileName }: { chart: RefObject<SVGSVGElement | null>; fileName: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <p>
      Download the chart:{' '}
      <button type="button" className="app-link-button" onClick={() => chart.current && downloadSvg(chart.current, `${fileName}.svg`)}>
        SVG
      </button>{' '}
      or{' '}
      <button type="button" className="app-link-button" onClick={() => chart.current && downloadPng(chart.current, `${fileName}.png`).catch((e: Error) => setProblem(e.message))}>
        PNG
      </button>
      {problem && <span className="nhsuk-error-message"> {problem}</span>}
    </p>
  );
}
