// Wording and number formats for 360 feedback pages.
import type { GroupCount, GroupScore, InvitedGroup, RaterGroup } from '../api/feedback-api.js';

export const GROUP_LABELS: Record<RaterGroup, string> = {
  self: 'You',
  line_manager: 'Line manager',
  peer: 'Peers',
  direct_report: 'Direct reports',
  other: 'Others',
};

/** The groups someone can invite, in the order the form offers them. */
export const INVITED_GROUPS: readonly { value: InvitedGroup; label: string }[] = [
  { value: 'peer', label: 'Peer' },
  { value: 'line_manager', label: 'Line manager' },
  { value: 'direct_report', label: 'Direct report' },
  { value: 'other', label: 'Other' },
];

/** Groups as mid-sentence plural nouns: "direct reports". */
const GROUP_NOUNS: Record<RaterGroup, string> = {
  self: 'you',
  line_manager: 'your line manager',
  peer: 'peers',
  direct_report: 'direct reports',
  other: 'others',
};

/** A mean on the 1 to 4 scale to 1 decimal place: 2.75 → "2.8". */
export function formatMean(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'No answers';
  return value.toFixed(1);
}

export const FEWER_THAN_THREE = 'Fewer than 3';

/** What one group's cell in the report says. */
export function scoreCellText(score: GroupScore | undefined): string {
  if (!score || score.n === 0) return 'No answers';
  if (score.hidden) return FEWER_THAN_THREE;
  return formatMean(score.mean);
}

/** "Direct reports are left out of ‘All raters’ because fewer than three answered", or null. */
export function leftOutNote(leftOut: readonly RaterGroup[]): string | null {
  if (leftOut.length === 0) return null;
  const names = leftOut.map((g) => GROUP_NOUNS[g]);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  const sentence = list.charAt(0).toUpperCase() + list.slice(1);
  return `${sentence} are left out of ‘All raters’ because fewer than three answered`;
}

/** "2 of 3 answered" for one group. */
export function answeredText(count: GroupCount): string {
  return `${count.answered} of ${count.invited} answered`;
}

/** Groups in the report's order, leaving out those nobody was invited to. */
export function orderedCounts(groups: readonly GroupCount[]): GroupCount[] {
  const order = Object.keys(GROUP_LABELS) as RaterGroup[];
  return [...groups].filter((g) => g.invited > 0).sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The report opens once the request is closed, or once its closing date has passed. */
export function reportIsOpen(request: { status: 'open' | 'closed'; closesOn: string }, today: string = todayIso()): boolean {
  return request.status === 'closed' || request.closesOn < today;
}
