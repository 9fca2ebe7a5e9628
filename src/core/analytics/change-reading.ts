// A change between two survey waves in plain words, with the p-value shown and what it does
// and does not mean: "unlikely to be chance" is not "important", and "no clear change" is not
// "no change".
export const SIGNIFICANCE = 0.05;

export interface ChangeReading {
  direction: 'up' | 'down' | 'none';
  significant: boolean;
  text: string;
}

const formatP = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

/** `difference` is the later wave minus the earlier, in the measure's own units ("points" or "percentage points"). */
export function readChange(difference: number, pValue: number | null, units: string): ChangeReading {
  const size = `${Math.abs(difference).toFixed(1)} ${units}`;
  if (pValue === null) return { direction: 'none', significant: false, text: 'Cannot be tested: the answers did not vary enough to judge a change.' };
  const direction = difference > 0 ? 'up' : difference < 0 ? 'down' : 'none';
  if (pValue < SIGNIFICANCE && direction !== 'none') {
    return { direction, significant: true, text: `${direction === 'up' ? 'Up' : 'Down'} ${size}, a real change: a difference this large would be unlikely by chance alone (${formatP(pValue)}).` };
  }
  if (direction === 'none') return { direction, significant: false, text: `No difference between the two surveys (${formatP(pValue)}).` };
  return { direction, significant: false, text: `${direction === 'up' ? 'Up' : 'Down'} ${size}, but no clear change: a difference this size could easily happen by chance (${formatP(pValue)}).` };
}
