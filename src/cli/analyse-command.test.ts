// `cultivate analyse`: in-process against CSV fixtures in a temporary folder, and a few runs of
// the real command for its registration and exit codes. Expected statistics marked "SciPy"
// were computed independently with numpy 2.4 / SciPy 1.17 from the same fixture.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyseOptions } from './analyse-input.js';
import { runAnalyse } from './analyse-command.js';
import type { AnalyseReport } from './analyse-report.js';

// 24 respondents, three teams (Estates has 4), two waves listed 2024 first, four 1–5 items, some blank.
const SURVEY = `team,year,q1,q2,q3,q4
Surgery,2024,2,3,3,2
Surgery,2023,3,4,5,4
Surgery,2024,4,5,5,4
Surgery,2023,3,3,2,2
Surgery,2024,,3,4,2
Surgery,2023,2,,1,3
Surgery,2024,4,3,5,5
Surgery,2023,3,3,4,2
Surgery,2024,5,5,3,4
Surgery,2023,1,2,1,1
Medicine,2024,5,4,5,5
Medicine,2023,3,2,4,3
Medicine,2024,4,5,,5
Medicine,2023,2,4,3,3
Medicine,2024,2,4,2,3
Medicine,2023,5,2,3,2
Medicine,2024,4,5,5,3
Medicine,2023,2,3,,3
Medicine,2024,3,3,3,3
Medicine,2023,3,4,4,4
Estates,2024,2,2,2,3
Estates,2023,1,1,3,2
Estates,2024,5,4,3,3
Estates,2023,3,4,,
`;

let dir: string;
const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

async function analyse(file: string, options: Partial<AnalyseOptions> = {}): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAnalyse(file, { threshold: '11', json: true, ...options }, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err };
}

async function report(file: string, options: Partial<AnalyseOptions> = {}): Promise<AnalyseReport> {
  const r = await analyse(file, options);
  expect(r.err).toEqual([]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as AnalyseReport;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cultivate-analyse-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('cultivate analyse --json', () => {
  const full = { scale: ['Engagement=q1,q2,q3', 'Single=q4'], group: 'team', wave: 'year', positive: '4', threshold: '5' };

  it('summarises every item named in a scale (SciPy/numpy values)', async () => {
    const r = await report(write('survey.csv', SURVEY), full);
    expect(Object.keys(r.items)).toEqual(['q1', 'q2', 'q3', 'q4']);
    // numpy: len, mean, std(ddof=1), 100 * mean(a >= 4) over the non-blank answers
    expect(r.items.q1?.n).toBe(23);
    expect(r.items.q1?.mean).toBeCloseTo(3.0869565217391304, 12);
    expect(r.items.q1?.sd).toBeCloseTo(1.2399795994751788, 12);
    expect(r.items.q1?.pct_positive).toBeCloseTo(34.78260869565217, 12);
    expect(r.items.q3?.n).toBe(21);
    expect(r.items.q3?.mean).toBeCloseTo(3.3333333333333335, 12);
    expect(r.items.q3?.sd).toBeCloseTo(1.2780193008453877, 12);
    expect(r.items.q3?.pct_positive).toBeCloseTo(42.857142857142854, 12);
  });

  it("scores scales per respondent, with listwise Cronbach's alpha (numpy values)", async () => {
    const r = await report(write('survey.csv', SURVEY), full);
    const e = r.scales.Engagement;
    // numpy: np.nanmean over q1–q3 per respondent, then mean and std(ddof=1) of those scores
    expect(e?.n).toBe(24);
    expect(e?.mean).toBeCloseTo(3.256944444444444, 12);
    expect(e?.sd).toBeCloseTo(1.0071953293984226, 12);
    // numpy on the 19 respondents who answered q1, q2 and q3
    expect(e?.alpha_n).toBe(19);
    expect(e?.raw_alpha).toBeCloseTo(0.7465842550422903, 12);
    expect(e?.std_alpha).toBeCloseTo(0.7469225252577397, 12);
    expect(r.scales.Single).toMatchObject({ n: 23, raw_alpha: null, std_alpha: null });
  });

  it('breaks scale scores down by group and hides groups under the threshold', async () => {
    const r = await report(write('survey.csv', SURVEY), full);
    const byGroup = r.scales.Engagement?.by_group;
    expect(Object.keys(byGroup ?? {})).toEqual(['Estates', 'Medicine', 'Surgery']);
    // Estates has 4 respondents with a score, under 5: only the flag, no n or mean.
    expect(byGroup?.Estates).toEqual({ suppressed: true });
    expect(byGroup?.Medicine).toEqual({ n: 10, mean: 3.5 });
    expect((byGroup?.Surgery as { mean: number }).mean).toBeCloseTo(3.2, 12);
    // At the default of 11 every team is hidden.
    const hidden = await report(write('survey.csv', SURVEY), { ...full, threshold: '11' });
    expect(hidden.scales.Engagement?.by_group).toEqual({ Estates: { suppressed: true }, Medicine: { suppressed: true }, Surgery: { suppressed: true } });
    // A threshold below 5 is refused: Estates' 4 can never be shown.
    const refused = await analyse(write('survey.csv', SURVEY), { ...full, threshold: '4' });
    expect(refused.code).toBe(2);
    expect(refused.out).toBe('');
    expect(refused.err).toEqual(['--threshold must be a whole number of at least 5 (smaller groups are never shown), not "4".']);
  });

  it('compares the two waves as the later minus the earlier (SciPy values)', async () => {
    const r = await report(write('survey.csv', SURVEY), full);
    expect(r.waves).toMatchObject({ first: '2023', second: '2024' });
    // √ of scipy.stats.chi2_contingency(correction=False) with the sign of p2 − p1: q1 is 1/12 then 7/11 positive
    expect(r.waves?.items.q1?.z).toBeCloseTo(2.781692947930389, 12);
    expect(r.waves?.items.q1?.p_value).toBeCloseTo(0.005407617545553844, 6);
    expect(r.waves?.items.q3?.z).toBeCloseTo(0.2522624895547564, 12);
    expect(r.waves?.items.q3?.p_value).toBeCloseTo(0.8008381797069951, 6);
    // scipy.stats.ttest_ind(scores_2024, scores_2023, equal_var=False)
    expect(r.waves?.scales.Engagement?.t).toBeCloseTo(2.5104503977861685, 12);
    expect(r.waves?.scales.Engagement?.df).toBeCloseTo(21.931772633669638, 10);
    expect(r.waves?.scales.Engagement?.p_value).toBeCloseTo(0.019933730497459213, 6);
    expect(r.waves?.scales.Single?.t).toBeCloseTo(2.05761424659798, 12);
    expect(r.waves?.scales.Single?.df).toBeCloseTo(20.896076622988428, 10);
    expect(r.waves?.scales.Single?.p_value).toBeCloseTo(0.052319566993176775, 6);
  });

  it('leaves % positive and the z-tests null without --positive, and has no waves or groups unless asked', async () => {
    const r = await report(write('survey.csv', SURVEY), { scale: ['Engagement=q1,q2,q3'], wave: 'year' });
    expect(r.items.q1).toMatchObject({ n: 23, pct_positive: null });
    expect(r.waves?.items.q1).toEqual({ z: null, p_value: null });
    expect(r.waves?.scales.Engagement?.t).toBeCloseTo(2.5104503977861685, 12);
    expect(r.scales.Engagement?.by_group).toBeUndefined();
    const plain = await report(write('survey.csv', SURVEY), { scale: ['Engagement=q1,q2,q3'] });
    expect(plain.waves).toBeUndefined();
  });

  it('without --scale, analyses every numeric column except the group and wave columns', async () => {
    const file = write('auto.csv', 'id,site,comment,score,blank,year\n1,North,"good, mostly",4,,2023\n2,South,,2,,2024\n3,North,ok,,,2023\n');
    const r = await report(file, { group: 'site', positive: '3' });
    // comment has text and blank has no answers, so neither is numeric; site is the group.
    expect(Object.keys(r.items)).toEqual(['id', 'score', 'year']);
    expect(r.items.score).toEqual({ n: 2, mean: 3, sd: Math.SQRT2, pct_positive: 50 });
    expect(r.scales).toEqual({});
  });

  it('reads a BOM, quoted headers, CRLF line ends and blank lines, and counts rows as a spreadsheet does', async () => {
    const file = write('excel.csv', '\uFEFF"q 1",q2\r\n1,2\r\n\r\n3,x\r\n');
    const r = await analyse(file, { scale: ['S=q 1,q2'] });
    expect(r).toEqual({ code: 2, out: '', err: ['Row 4, column "q2" in excel.csv: "x" is not a number. Leave the cell blank if the question was not answered.'] });
  });
});

describe('cultivate analyse as text', () => {
  it('prints rounded tables', async () => {
    const r = await analyse(write('survey.csv', SURVEY), { scale: ['Engagement=q1,q2,q3'], group: 'team', threshold: '5', positive: '4', json: false });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toContain('q1      23  3.09  1.24   34.8');
    expect(lines).toContain('Engagement  24  3.26  1.01  0.747      0.747       19');
    expect(lines).toContain('Estates   hidden');
    expect(lines).toContain('Medicine      10  3.50');
  });
});

describe('cultivate analyse refuses bad input with one line and exit code 2', () => {
  const cases: [string, () => string, Partial<AnalyseOptions>, string][] = [
    ['a missing file', () => path.join(dir, 'none.csv'), {}, 'Cannot read {dir}/none.csv: there is no such file.'],
    ['an empty file', () => write('empty.csv', '\n \n'), {}, 'empty.csv is empty. It needs a header row, then one row per respondent.'],
    ['an unclosed quote', () => write('quote.csv', 'q1,q2\n1,"2\n3,4\n'), {}, 'Cannot read quote.csv as CSV: Quote Not Closed: the parsing is finished with an opening quote at line 3'],
    ['a header with no answers', () => write('header.csv', 'q1,q2\n,\n'), {}, 'header.csv has a header row but no rows of answers.'],
    [
      'an unknown --scale column',
      () => write('survey.csv', SURVEY),
      { scale: ['Engagement=q1,q9'] },
      'There is no column "q9" in survey.csv (named in --scale Engagement). Its columns are: team, year, q1, q2, q3, q4.',
    ],
    ['an unknown --group column', () => write('survey.csv', SURVEY), { group: 'ward' }, 'There is no column "ward" in survey.csv (named in --group). Its columns are: team, year, q1, q2, q3, q4.'],
    ['an unknown --wave column', () => write('survey.csv', SURVEY), { wave: 'wave' }, 'There is no column "wave" in survey.csv (named in --wave). Its columns are: team, year, q1, q2, q3, q4.'],
    ['three waves', () => write('waves.csv', 'w,q\n1,2\n2,3\n10,4\n'), { wave: 'w' }, '--wave w needs exactly two waves in that column, but it has 3: 1, 2, 10.'],
    ['one wave', () => write('waves.csv', 'w,q\n1,2\n1,3\n'), { wave: 'w' }, '--wave w needs exactly two waves in that column, but it has 1: 1.'],
    [
      'a text answer',
      () => write('survey.csv', SURVEY.replace('Medicine,2023,2,4,3,3', 'Medicine,2023,2,4,N/A,3')),
      { scale: ['Engagement=q1,q2,q3'] },
      'Row 15, column "q3" in survey.csv: "N/A" is not a number. Leave the cell blank if the question was not answered.',
    ],
    [
      'the earliest of two text answers',
      () => write('survey.csv', SURVEY.replace('Medicine,2023,2,4,3,3', 'Medicine,2023,2,4,-,3').replace('Estates,2024,2,2,2,3', 'Estates,2024,two,2,2,3')),
      { scale: ['Engagement=q1,q2,q3'] },
      'Row 15, column "q3" in survey.csv: "-" is not a number. Leave the cell blank if the question was not answered.',
    ],
    ['a malformed --scale', () => write('survey.csv', SURVEY), { scale: ['q1,q2'] }, '--scale "q1,q2" is not NAME=column,column,…; for example --scale Engagement=q1,q2,q3.'],
    ['a --scale with an empty column', () => write('survey.csv', SURVEY), { scale: ['E=q1,,q2'] }, '--scale "E=q1,,q2" is not NAME=column,column,…; for example --scale Engagement=q1,q2,q3.'],
    ['a scale named twice', () => write('survey.csv', SURVEY), { scale: ['E=q1', 'E=q2'] }, '--scale E is given twice. Give each scale its own name.'],
    ['a column named twice in a scale', () => write('survey.csv', SURVEY), { scale: ['E=q1,q2,q1'] }, '--scale E names the column "q1" twice.'],
    ['a threshold of 0', () => write('survey.csv', SURVEY), { threshold: '0' }, '--threshold must be a whole number of at least 5 (smaller groups are never shown), not "0".'],
    ['a fractional threshold', () => write('survey.csv', SURVEY), { threshold: '5.5' }, '--threshold must be a whole number of at least 5 (smaller groups are never shown), not "5.5".'],
    ['a non-numeric --positive', () => write('survey.csv', SURVEY), { positive: 'high' }, '--positive must be a number, not "high".'],
    ['a file with only text columns', () => write('text.csv', 'name,comment\nAl,hi\n'), {}, 'text.csv has no numeric columns to analyse (besides any --group and --wave columns).'],
    ['a duplicated column', () => write('dup.csv', 'q1,q1\n1,2\n'), { scale: ['E=q1'] }, 'The column "q1" appears more than once in dup.csv. Rename one of them.'],
  ];
  it.each(cases)('%s', async (_name, file, options, message) => {
    expect(await analyse(file(), options)).toEqual({ code: 2, out: '', err: [message.replace('{dir}', dir)] });
  });
});

describe('the cultivate command', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const run = promisify(execFile);
  async function cultivate(args: string[]): Promise<{ code: number; out: string; err: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/index.ts'), ...args], {
        cwd: root,
        env: { PATH: process.env.PATH, CULTIVATE_DB_PATH: path.join(dir, 'unused.db'), CULTIVATE_LOG_LEVEL: 'silent' },
      });
      return { code: 0, out: stdout, err: stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout, err: e.stderr };
    }
  }

  it('runs analyse and prints JSON', async () => {
    const r = await cultivate(['analyse', write('survey.csv', SURVEY), '--scale', 'Engagement=q1,q2,q3', '--scale', 'Single=q4', '--json']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as AnalyseReport;
    expect(Object.keys(parsed.scales)).toEqual(['Engagement', 'Single']);
    expect(parsed.scales.Engagement?.raw_alpha).toBeCloseTo(0.7465842550422903, 12);
  });

  it('exits 2 with one line and no stack trace for bad input, including what commander catches', async () => {
    const [bad, noFile, unknownOption] = await Promise.all([
      cultivate(['analyse', write('survey.csv', SURVEY), '--scale', 'E=q1,nope']),
      cultivate(['analyse']),
      cultivate(['analyse', 'x.csv', '--bogus']),
    ]);
    expect(bad).toEqual({ code: 2, out: '', err: 'There is no column "nope" in survey.csv (named in --scale E). Its columns are: team, year, q1, q2, q3, q4.\n' });
    expect(noFile).toEqual({ code: 2, out: '', err: "error: missing required argument 'file'\n" });
    expect(unknownOption).toEqual({ code: 2, out: '', err: "error: unknown option '--bogus'\n" });
  });
});
