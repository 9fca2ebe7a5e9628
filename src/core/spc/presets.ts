// The two rule sets people compare against (MDC's own tools and the NHS-R package), so a chart
// made here can be checked against either; any single convention can still be overridden.
import { SpcOptionsError } from './errors.js';
import type { PresetName, SpcOptions, SpcSettings } from './types.js';

/** Screening factor: 3.267 is the upper range limit for a moving range (D4 for n = 2). */
const MR_SCREEN = 3.267;

export const PRESETS: Readonly<Record<PresetName, Readonly<SpcSettings>>> = {
  // NHS England, Making Data Count: the Single Chart Tool v5 test series pin shift 6, trend 6, runs
  // crossing recalculations, two-of-three needing the third point on the same side and not counting
  // a point beyond a limit, and conflicts shown as improvement. The NHSE SQL (v2.1 change log)
  // makes a target exactly on a limit a pass or fail.
  mdc: {
    shiftPoints: 6,
    trendPoints: 6,
    screenMovingRanges: false,
    screeningFactor: MR_SCREEN,
    minPoints: 13,
    hideBelowMinPoints: true,
    conflict: 'improvement',
    rulesCrossRebase: true,
    twoOfThreeCountsBeyondLimit: false,
    twoOfThreeSameSide: true,
    targetOnLimitIsDecisive: true,
  },
  // NHSRplotthedots (ptd_spc): 7-point rules evaluated within each rebase group, outlier moving
  // ranges screened once, short groups only warned about, the point type taken from the first rule
  // in its case_when order, and strict comparisons for the assurance icon.
  ptd: {
    shiftPoints: 7,
    trendPoints: 7,
    screenMovingRanges: true,
    screeningFactor: MR_SCREEN,
    minPoints: 13,
    hideBelowMinPoints: false,
    conflict: 'priority',
    rulesCrossRebase: false,
    twoOfThreeCountsBeyondLimit: false,
    twoOfThreeSameSide: true,
    targetOnLimitIsDecisive: false,
  },
};

const isPreset = (name: unknown): name is PresetName => name === 'mdc' || name === 'ptd';

/** The preset's settings with every defined override applied, checked. */
export function resolveSettings(options: SpcOptions = {}): { preset: PresetName; settings: SpcSettings } {
  const preset = options.preset ?? 'mdc';
  if (!isPreset(preset)) throw new SpcOptionsError(`Unknown preset "${String(preset)}"; choose mdc or ptd.`);
  const settings: SpcSettings = { ...PRESETS[preset] };
  for (const key of Object.keys(settings) as (keyof SpcSettings)[]) {
    const override = options[key];
    if (override !== undefined) (settings as unknown as Record<string, unknown>)[key] = override;
  }
  for (const key of ['shiftPoints', 'trendPoints', 'minPoints'] as const) {
    if (!Number.isInteger(settings[key]) || settings[key] < 2) throw new SpcOptionsError(`${key} must be a whole number of at least 2, not ${String(settings[key])}.`);
  }
  // At 1 or less every range could sit at or above the cut-off, leaving none to average.
  if (!(settings.screeningFactor > 1) || !Number.isFinite(settings.screeningFactor)) {
    throw new SpcOptionsError(`screeningFactor must be a number above 1, not ${String(settings.screeningFactor)}.`);
  }
  if (!['improvement', 'concern', 'priority'].includes(settings.conflict)) {
    throw new SpcOptionsError(`Unknown conflict rule "${String(settings.conflict)}"; choose improvement, concern or priority.`);
  }
  return { preset, settings };
}
