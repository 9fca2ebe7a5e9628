// `cultivate analyse FILE.csv`: survey statistics for an analyst's own file, offline (no
// database): item summaries, scale scores with Cronbach's alpha, group breakdowns with small
// groups hidden, and a two-wave comparison.
import fs from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { AnalyseInputError, LOWEST_PRODUCT_THRESHOLD, parseRequest, prepareData, readCsvTable, type AnalyseOptions } from './analyse-input.js';
import { buildReport } from './analyse-report.js';
import { reportAsText } from './analyse-text.js';

export interface AnalyseIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const consoleIo: AnalyseIo = { out: (text) => console.log(text), err: (text) => console.error(text) };

const HELP = `
The file has a header row, then one row per respondent. A blank cell is an unanswered question;
any other cell in an analysed column must be a number. Values stay on the file's own scale
(there is no 0–10 conversion).

items      Every column named in a --scale; without --scale, every numeric column except the
           --group and --wave columns. sd is the sample SD (n − 1). pct_positive is the % of
           answers at or above --positive, and null when --positive is not given.
scales     A respondent's score is the mean of the scale's items they answered; n, mean and sd
           are over respondents with a score. Cronbach's alpha (raw_alpha, and std_alpha from the
           mean inter-item correlation) uses only respondents who answered every item of the
           scale (listwise deletion); alpha_n says how many. Alpha is null for one item, fewer
           than two complete respondents, or no variation.
--group    by_group gives each group's n and mean, except that a group with fewer than
           --threshold respondents with a score shows only {"suppressed": true}. Blank group
           cells count in the overall figures only. Only small groups are hidden: the overall
           figure and the other groups can still reveal a hidden one, so do not publish by_group
           as it stands.
--threshold Defaults to 11, the NHS Staff Survey's minimum for a reported group. It cannot be
           below ${LOWEST_PRODUCT_THRESHOLD}: no smaller group is ever shown.
--wave     The column must hold exactly two different values (blank cells are left out). They
           are sorted naturally (9 before 10, 2023 before 2024) and the first is wave 1. z (a
           pooled two-proportion z-test on % positive, needing --positive) and t (Welch's t-test
           on scale scores, with Welch–Satterthwaite df) are wave 2 minus wave 1, so a positive
           value means wave 2 is higher. p-values are two-sided. With no variation to test
           against, z or t is null and p_value is 1 if the waves are identical, otherwise null.

Without --json the same results print as tables. Exit code 2 means the file or the options
were not usable; the reason is on one line on standard error.

Example:
  cultivate analyse staff-survey.csv --scale Engagement=q1,q2,q3 --scale Morale=q4,q5 \\
    --group directorate --wave year --positive 4 --json`;

export function analyseCommand(io: AnalyseIo = consoleIo): Command {
  return (
    new Command('analyse')
      .description("Survey statistics from a CSV file: items, scale scores and Cronbach's alpha, groups and two waves (offline)")
      .argument('<file>', 'the .csv file (comma-separated, UTF-8)')
      .option('--scale <name=columns>', 'a scale: its name, "=", then its item columns separated by commas (repeat for more)', (v: string, all: string[] = []) => [...all, v])
      .option('--group <column>', 'break scale scores down by the values of this column')
      .option('--wave <column>', 'compare the two survey waves named in this column')
      .option('--threshold <n>', 'hide a group with fewer respondents than this', '11')
      .option('--positive <value>', 'count answers at or above this value as positive')
      .option('--json', 'print JSON instead of tables')
      .addHelpText('after', HELP)
      // Commander's own complaints (a missing FILE, an unknown option) are bad input too.
      .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
      .action(async (file: string, options: AnalyseOptions) => {
        process.exitCode = await runAnalyse(file, options, io);
      })
  );
}

/** Returns the exit code: 0 done, 2 the file or the options could not be used. */
export async function runAnalyse(file: string, options: AnalyseOptions, io: AnalyseIo): Promise<number> {
  const fileLabel = path.basename(file);
  try {
    const request = parseRequest(options);
    const table = readCsvTable(await readText(file), fileLabel);
    const report = buildReport(prepareData(table, request, fileLabel), request);
    io.out(options.json ? JSON.stringify(report, null, 2) : reportAsText(report, request.positiveAt, request.threshold));
    return 0;
  } catch (error) {
    if (!(error instanceof AnalyseInputError)) throw error;
    io.err(error.message);
    return 2;
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new AnalyseInputError(`Cannot read ${file}: ${reason}.`);
  }
}
