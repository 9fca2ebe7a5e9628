// `cultivate analyse` without --json: the same report as aligned plain-text tables, rounded
// for reading (the JSON keeps full precision).
import type { AnalyseReport } from './analyse-report.js';

const fixed = (digits: number) => (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toFixed(digits));
const two = fixed(2);
const one = fixed(1);
const three = fixed(3);
const pValue = (p: number | null) => (p === null ? '–' : p < 0.001 ? '<0.001' : p.toFixed(3));

/** Columns padded to their widest cell: the first left-aligned, the rest right-aligned. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

export function reportAsText(report: AnalyseReport, positiveAt: number | null, threshold: number): string {
  const lines: string[] = [];
  const positiveHeader = positiveAt === null ? '% positive' : `% ≥ ${positiveAt}`;
  const itemRows = Object.entries(report.items).map(([c, s]) => [c, String(s.n), two(s.mean), two(s.sd), one(s.pct_positive)]);
  lines.push('Items', ...table(['column', 'n', 'mean', 'sd', positiveHeader], itemRows));
  const scales = Object.entries(report.scales);
  if (scales.length) {
    lines.push('', 'Scales (alpha from respondents who answered every item)');
    const scaleRows = scales.map(([name, s]) => [name, String(s.n), two(s.mean), two(s.sd), three(s.raw_alpha), three(s.std_alpha), String(s.alpha_n)]);
    lines.push(...table(['scale', 'n', 'mean', 'sd', 'alpha', 'std alpha', 'alpha n'], scaleRows));
  }
  for (const [name, s] of scales) {
    if (!s.by_group) continue;
    lines.push('', `${name} by group (fewer than ${threshold} hidden)`);
    lines.push(...table(['group', 'n', 'mean'], Object.entries(s.by_group).map(([g, r]) => ('suppressed' in r ? [g, 'hidden', ''] : [g, String(r.n), two(r.mean)]))));
  }
  const waves = report.waves;
  if (waves) {
    lines.push('', `Wave ${waves.second} against wave ${waves.first} (positive z or t: ${waves.second} is higher)`);
    lines.push(...table(['item', 'z', 'p'], Object.entries(waves.items).map(([c, w]) => [c, two(w.z), pValue(w.p_value)])));
    if (Object.keys(waves.scales).length) {
      lines.push('', ...table(['scale', 't', 'df', 'p'], Object.entries(waves.scales).map(([name, w]) => [name, two(w.t), one(w.df), pValue(w.p_value)])));
    }
  }
  return lines.join('\n');
}
