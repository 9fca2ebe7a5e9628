// Kappa figures as the agreement page shows them: two decimals, a real minus sign, and "–" for
// a figure that could not be worked out.

export function formatKappa(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const rounded = Math.round(value * 100) / 100 + 0; // + 0 turns −0 into 0
  return rounded < 0 ? `−${Math.abs(rounded).toFixed(2)}` : rounded.toFixed(2);
}

/** "0.21 to 0.79", or "–" without an interval. */
export function formatInterval(low: number | null, high: number | null): string {
  if (low === null || high === null) return '–';
  return `${formatKappa(low)} to ${formatKappa(high)}`;
}
