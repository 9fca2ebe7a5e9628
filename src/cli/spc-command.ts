// `cultivate spc`: an XmR chart's limits, special causes and icons for a series piped in, after
// NHS England's Making Data Count, offline and without a database.
import { Command } from 'commander';
import { analyseSpc, SpcInputError, SpcOptionsError, type SpcResult } from '../core/spc/index.js';
import { engineOptions, readValues, SpcCliError, type SpcCliOptions } from './spc-input.js';

export interface SpcIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const consoleIo: SpcIo = { out: (text) => console.log(text), err: (text) => console.error(text) };

const HELP = `
Standard input holds the series in time order: a JSON array of numbers, or one value per line
(a one-column CSV) with an optional header line; blank lines at the end are ignored.

--preset     mdc (default) follows NHS England's Making Data Count: 6-point shift and trend,
             runs carried across a recalculation, no limits or icons for a partition resting
             on 12 or fewer points, and a point that is both improvement and concern shown as
             improvement. ptd follows the NHSRplotthedots R package: 7-point shift and trend
             within each partition, moving ranges of 3.267 × their mean or more screened out,
             only a warning below 13 points, and the first rule in the order astronomical,
             trend, two of three, shift deciding a conflict.
--direction  Which way is better. Defaults to neither: special causes are then only high or low.
--target     Gives the assurance icon (needs --direction increase or decrease): consistent_pass
             when the whole range between the last partition's limits meets the target,
             consistent_fail when none of it does, inconsistent otherwise. A target exactly on
             a limit gives pass or fail under mdc (as NHS England's SQL does), inconsistent
             under ptd.
--rebase     Points (counting from 1) at which the limits are recalculated, e.g. --rebase 16,28;
             each starts a new partition with its own mean, moving ranges and limits.
--baseline   Compute each partition's mean and limits from its first N points only and extend
             them over its later points.

With --json the output is {"partitions": [{"start", "mean", "lpl", "upl"}], "points": [{"index",
"value", "type", "rule"}], "variation", "assurance"}. start and index count from 1, like
--rebase. type is common_cause, special_cause_improvement, special_cause_concern,
special_cause_neutral_high or special_cause_neutral_low; rule is astronomical, shift, trend,
two_of_three or null (the highest-priority rule on the side shown). lpl, upl, variation and
assurance are null where the chart does not show them. Exit code 2 means the input or the
options were not usable; the reason is on one line on standard error.

Example:
  echo '[20,24,20,26,22,16,18,16,31,28,34,26,30,19,18]' | cultivate spc --direction increase --target 30 --json`;

export function spcCommand(io: SpcIo = consoleIo): Command {
  return (
    new Command('spc')
      .description('XmR chart (statistical process control) for a series on standard input: limits, special causes and icons')
      .option('--preset <name>', 'mdc or ptd', 'mdc')
      .option('--direction <way>', 'increase, decrease or neither', 'neither')
      .option('--target <n>', 'the target, for the assurance icon')
      .option('--rebase <points>', 'recalculate the limits from these points (counting from 1, comma separated)')
      .option('--baseline <n>', 'fix each partition’s limits from its first N points')
      .option('--json', 'print JSON instead of a summary')
      .addHelpText('after', HELP)
      // Commander's own complaints (an unknown option, a missing value) are bad input too.
      .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
      .action(async (options: SpcCliOptions) => {
        if (process.stdin.isTTY) {
          io.err('Pipe the values in, for example: cultivate spc --json < values.json');
          process.exitCode = 2;
          return;
        }
        process.exitCode = runSpc(await readStdin(), options, io);
      })
  );
}

async function readStdin(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk as string;
  return text;
}

/** Returns the exit code: 0 done, 2 the input or the options could not be used. */
export function runSpc(input: string, options: SpcCliOptions, io: SpcIo): number {
  let result: SpcResult;
  try {
    const values = readValues(input);
    result = analyseSpc(values, engineOptions(options, values.length));
  } catch (error) {
    if (error instanceof SpcInputError) io.err(`Value ${error.index + 1} is not a finite number.`);
    else if (error instanceof SpcCliError || error instanceof SpcOptionsError) io.err(error.message);
    else throw error;
    return 2;
  }
  io.out(options.json ? JSON.stringify(asJson(result)) : asText(result));
  return 0;
}

/** The documented JSON shape, with points and partition starts counted from 1. */
export function asJson(result: SpcResult) {
  return {
    partitions: result.partitions.map((p) => ({ start: p.start + 1, mean: p.mean, lpl: p.lpl, upl: p.upl })),
    points: result.points.map((p) => ({ index: p.index + 1, value: p.value, type: p.type, rule: p.rule })),
    variation: result.variation,
    assurance: result.assurance,
  };
}

const two = (x: number | null) => (x === null ? '–' : x.toFixed(2));
const words = (type: string) => type.replace(/^special_cause_/, '').replace(/_/g, ' ');

function asText(result: SpcResult): string {
  const lines = [`XmR chart, ${result.preset} rules, ${result.points.length} points, improvement direction ${result.direction}`];
  result.partitions.forEach((p, k) => {
    const limits = p.lpl === null ? 'no limits' : `limits ${two(p.lpl)} to ${two(p.upl)}`;
    lines.push(`Partition ${k + 1} (points ${p.start + 1}–${p.end}): mean ${two(p.mean)}, ${limits}`);
  });
  const special = result.points.filter((p) => p.type !== 'common_cause');
  lines.push(special.length ? 'Special causes:' : 'Special causes: none');
  for (const p of special) lines.push(`  point ${p.index + 1} (${p.value}): ${words(p.type)}, ${p.rules.join(' + ').replace(/_/g, ' ')}`);
  lines.push(`Variation: ${result.variation === null ? 'none' : words(result.variation)}`);
  lines.push(`Assurance: ${result.assurance === null ? 'none' : words(result.assurance)}`);
  for (const note of [...result.reasons, ...result.warnings]) lines.push(`Note: ${note}`);
  return lines.join('\n');
}
