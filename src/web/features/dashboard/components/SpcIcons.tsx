// The two summary badges of an SPC chart: what the latest point shows (variation) and whether
// the target can be relied on (assurance). Our own simple drawings in the spirit of Making Data
// Count's icons, not copies of them: a filled circle in the point colours carrying a letter (H or
// L, P or F or ?) or a wave, so the meaning never rests on colour alone. Each has its words as a
// <title>; where the same words are printed beside it, pass `decorative` so they are not read twice.
import { useId, type ReactNode } from 'react';
import type { AssuranceIcon as AssuranceKind, ImprovementDirection, PointType } from '../../../../core/spc/index.js';
import { pointColour, SPC_COLOURS } from '../lib/spc-geometry.js';
import { assuranceText, variationLetter, variationText } from '../lib/spc-words.js';

export { describeAssurance, describeVariation } from '../lib/spc-words.js';

interface BadgeProps {
  size?: number;
  /** The words are on the page beside the icon, so hide it from screen readers. */
  decorative?: boolean;
}

function Badge({ label, colour, size, decorative, children }: { label: string; colour: string; children: ReactNode } & BadgeProps) {
  const titleId = useId();
  const name = decorative ? { 'aria-hidden': true as const } : { role: 'img', 'aria-labelledby': titleId };
  return (
    <svg className="app-spc-icon" viewBox="0 0 48 48" width={size ?? 48} height={size ?? 48} focusable="false" {...name}>
      {!decorative && <title id={titleId}>{label}</title>}
      <circle cx="24" cy="24" r="23" fill={colour} />
      {children}
    </svg>
  );
}

function Letter({ children }: { children: string }) {
  return (
    <text x="24" y="25" textAnchor="middle" dominantBaseline="central" fill="#ffffff" fontFamily="Frutiger W01, Arial, sans-serif" fontSize="26" fontWeight="bold">
      {children}
    </text>
  );
}

/** Nothing when `type` is null: the caller shows the result's reasons instead. */
export function VariationIcon({ type, direction, ...badge }: { type: PointType | null; direction: ImprovementDirection } & BadgeProps) {
  if (type === null) return null;
  const letter = variationLetter(type, direction);
  return (
    <Badge label={variationText(type, direction)} colour={SPC_COLOURS[pointColour(type)]} {...badge}>
      {letter === null ? <path d="M9 24 C 14 13, 19 13, 24 24 S 34 35, 39 24" fill="none" stroke="#ffffff" strokeWidth="3.5" strokeLinecap="round" /> : <Letter>{letter}</Letter>}
    </Badge>
  );
}

const ASSURANCE_MARK: Record<AssuranceKind, { colour: string; letter: string }> = {
  consistent_pass: { colour: SPC_COLOURS.blue, letter: 'P' },
  consistent_fail: { colour: SPC_COLOURS.orange, letter: 'F' },
  inconsistent: { colour: SPC_COLOURS.grey, letter: '?' },
};

/** Nothing when `icon` is null: the caller shows the result's reasons instead. */
export function AssuranceIcon({ icon, ...badge }: { icon: AssuranceKind | null } & BadgeProps) {
  if (icon === null) return null;
  const mark = ASSURANCE_MARK[icon];
  return (
    <Badge label={assuranceText(icon)} colour={mark.colour} {...badge}>
      {/* An inner ring sets assurance apart from a variation badge of the same colour. */}
      <circle cx="24" cy="24" r="18.5" fill="none" stroke="#ffffff" strokeWidth="1.5" />
      <Letter>{mark.letter}</Letter>
    </Badge>
  );
}
