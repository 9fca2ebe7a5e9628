// `cultivate spc`: in-process for the input formats, options and messages, and a few runs of the
// real command (values piped to standard input) for its registration, output and exit codes.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asJson, runSpc } from './spc-command.js';
import type { SpcCliOptions } from './spc-input.js';

type SpcJson = ReturnType<typeof asJson>;

// The MDC worked example: mean 23.20, limits 8.76 and 37.64.
const WORKED = [20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18];

function spc(input: string, options: Partial<SpcCliOptions> = {}): { code: number; out: string; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runSpc(input, { preset: 'mdc', direction: 'neither', json: true, ...options }, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err };
}

function chart(input: string, options: Partial<SpcCliOptions> = {}): SpcJson {
  const r = spc(input, options);
  expect(r.err).toEqual([]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as SpcJson;
}

describe('cultivate spc --json', () => {
  it('prints the documented shape, counting points from 1', () => {
    const c = chart(JSON.stringify(WORKED), { direction: 'increase', target: '30' });
    expect(Object.keys(c)).toEqual(['partitions', 'points', 'variation', 'assurance']);
    expect(c.partitions).toHaveLength(1);
    expect(Object.keys(c.partitions[0] ?? {})).toEqual(['start', 'mean', 'lpl', 'upl']);
    expect(c.partitions[0]?.start).toBe(1);
    expect(c.partitions[0]?.mean).toBeCloseTo(23.2, 10);
    expect(c.partitions[0]?.lpl).toBeCloseTo(8.76, 2);
    expect(c.partitions[0]?.upl).toBeCloseTo(37.64, 2);
    expect(c.points[0]).toEqual({ index: 1, value: 20, type: 'common_cause', rule: null });
    expect(c.points.map((p) => p.index)).toEqual(WORKED.map((_, i) => i + 1));
    expect(c.variation).toBe('common_cause');
    expect(c.assurance).toBe('inconsistent');
  });

  it('reads a one-column CSV with a header line and blank lines at the end', () => {
    const csv = `value\r\n${WORKED.join('\r\n')}\r\n\r\n\r\n`;
    expect(chart(csv)).toEqual(chart(JSON.stringify(WORKED)));
    expect(chart(WORKED.join('\n')).points).toHaveLength(15);
  });

  it('hides the limits and icons below 13 points under mdc, and shows them under ptd', () => {
    const ten = JSON.stringify(WORKED.slice(0, 10));
    const mdc = chart(ten, { direction: 'increase', target: '5' });
    expect(mdc.partitions).toEqual([{ start: 1, mean: 22.1, lpl: null, upl: null }]);
    expect([mdc.variation, mdc.assurance]).toEqual([null, null]);
    const ptd = chart(ten, { preset: 'ptd', direction: 'increase', target: '5' });
    expect(ptd.partitions[0]?.lpl).toBeCloseTo(8.5, 2);
    expect([ptd.variation, ptd.assurance]).toEqual(['common_cause', 'consistent_pass']);
  });

  it('recalculates from 1-based --rebase points and fixes limits with --baseline', () => {
    const step = [16, 24, 22, 19, 19, 18, 24, 25, 18, 17, 16, 25, 15, 23, 19, 35, 32, 35, 31, 27, 33, 28, 38, 35, 30, 28, 29, 27, 24, 23];
    const rebased = chart(JSON.stringify(step), { direction: 'increase', rebase: '16' });
    expect(rebased.partitions.map((p) => [p.start, p.mean])).toEqual([
      [1, 20],
      [16, 455 / 15],
    ]);
    // MDC "Recalculations – Recalculated": the last six points shift below the new mean.
    expect(rebased.points.slice(24).map((p) => [p.index, p.type, p.rule])).toEqual(
      [25, 26, 27, 28, 29, 30].map((index) => [index, 'special_cause_concern', 'shift']),
    );
    const baseline = chart(JSON.stringify(step), { direction: 'increase', baseline: '15' });
    expect(baseline.partitions[0]?.mean).toBe(20);
    expect(baseline.points.slice(15).every((p) => p.type === 'special_cause_improvement')).toBe(true);
  });

  it('prints a short summary without --json', () => {
    // With 45 appended: mean 393/16 = 24.56, moving ranges 76 + 27 = 103 over 15, limits ± 18.27.
    const r = spc(JSON.stringify([...WORKED, 45]), { direction: 'increase', json: false });
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'XmR chart, mdc rules, 16 points, improvement direction increase',
      'Partition 1 (points 1–16): mean 24.56, limits 6.30 to 42.83',
      'Special causes:',
      '  point 16 (45): improvement, astronomical',
      'Variation: improvement',
      'Assurance: none',
      'Note: No assurance icon: no target was given.',
    ]);
  });
});

describe('cultivate spc: bad input exits 2 with one line', () => {
  const cases: [string, string, Partial<SpcCliOptions>, string][] = [
    ['nothing on standard input', '  \n', {}, 'There are no values on standard input: give a JSON array of numbers or a one-column CSV.'],
    ['a JSON object', '{"values": [1, 2]}', {}, 'The JSON on standard input must be an array of numbers, such as [20, 24, 20], not an object.'],
    ['an empty JSON array', '[]', {}, 'The JSON array on standard input is empty: give at least one value.'],
    ['a string in the JSON array', '[1, 2, "3"]', {}, 'Value 3 of the JSON array is not a number: "3".'],
    ['an overflowing JSON number', '[1, 1e999]', {}, 'Value 2 of the JSON array is too large to be a finite number.'],
    ['broken JSON', '[1, 2', {}, `Standard input is not valid JSON: ${jsonError('[1, 2')}`],
    ['a non-numeric CSV cell', 'value\n20\n24\nabc\n', {}, 'Line 4: "abc" is not a number.'],
    ['a blank line inside the CSV', '20\n\n24\n', {}, 'Line 2 is blank; give a value on every line (blank lines are allowed only at the end).'],
    ['two CSV columns', 'a,b\n1,2\n', {}, 'Line 1 has more than one column: "a,b". Give one value per line.'],
    ['a CSV with only a header', 'value\n', {}, 'Standard input has a header line but no values.'],
    ['a rebase at point 1', '[1,2,3]', { rebase: '1' }, '--rebase 1 is out of range: with 3 points a recalculation can start at point 2 to 3.'],
    ['a rebase past the end', '[1,2,3]', { rebase: '4' }, '--rebase 4 is out of range: with 3 points a recalculation can start at point 2 to 3.'],
    ['a rebase of a single point', '[1]', { rebase: '2' }, '--rebase 2 is out of range: a series of one point cannot be recalculated.'],
    ['rebase points out of order', '[1,2,3,4]', { rebase: '3,2' }, '--rebase points must be strictly increasing, but 2 comes after 3.'],
    ['a non-numeric rebase', '[1,2,3]', { rebase: 'two' }, '--rebase must be point numbers separated by commas, such as 13,25, not "two".'],
    ['a baseline of 1', '[1,2,3]', { baseline: '1' }, '--baseline must be a whole number of points, at least 2, not "1".'],
    ['an unknown preset', '[1,2,3]', { preset: 'spc' }, '--preset must be mdc or ptd, not "spc".'],
    ['an unknown direction', '[1,2,3]', { direction: 'up' }, '--direction must be increase, decrease or neither, not "up".'],
    ['a non-numeric target', '[1,2,3]', { target: 'high' }, '--target must be a number, not "high".'],
  ];
  it.each(cases)('%s', (_name, input, options, message) => {
    expect(spc(input, options)).toEqual({ code: 2, out: '', err: [message] });
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('the cultivate command', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const run = promisify(execFile);
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cultivate-spc-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function cultivate(args: string[], input: string): Promise<{ code: number; out: string; err: string }> {
    const child = run(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/index.ts'), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, CULTIVATE_DB_PATH: path.join(dir, 'unused.db'), CULTIVATE_LOG_LEVEL: 'silent' },
    });
    child.child.stdin?.end(input);
    try {
      const { stdout, stderr } = await child;
      return { code: 0, out: stdout, err: stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout, err: e.stderr };
    }
  }

  it('reads the worked example from standard input and prints its mean and limits', async () => {
    const r = await cultivate(['spc', '--direction', 'increase', '--json'], `value\n${WORKED.join('\n')}\n`);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out) as SpcJson;
    expect(c.partitions[0]?.mean.toFixed(2)).toBe('23.20');
    expect(c.partitions[0]?.lpl?.toFixed(2)).toBe('8.76');
    expect(c.partitions[0]?.upl?.toFixed(2)).toBe('37.64');
    expect(c.points).toHaveLength(15);
    expect(c.variation).toBe('common_cause');
  });

  it('exits 2 with one line and no stack trace for bad input, including what commander catches', async () => {
    const [bad, unknownOption] = await Promise.all([
      cultivate(['spc', '--json'], 'value\n20\n24\nabc\n'),
      cultivate(['spc', '--bogus'], '[1]'),
    ]);
    expect(bad).toEqual({ code: 2, out: '', err: 'Line 4: "abc" is not a number.\n' });
    expect(unknownOption).toEqual({ code: 2, out: '', err: "error: unknown option '--bogus'\n" });
  });
});
