// The Discover checklist's links: each item opens the page where that work is done, but only for
// someone allowed to open it (a member of staff may read the programme and not the dashboard).
import type { Action } from '../../../api/types.js';

const ITEM_ACTIONS: Readonly<Record<string, Action>> = {
  dashboard: 'metrics.read',
  workforce: 'metrics.read',
  patient_experience: 'metrics.read',
  focus_groups: 'conversations.read',
  board_interviews: 'conversations.read',
  leadership_survey: 'surveys.read',
  synthesis: 'synthesis.read',
};

/** Whether to link an item to its page; an item this code does not know is linked, and the page itself decides. */
export function canOpenItem(key: string, can: (action: Action) => boolean): boolean {
  const action = ITEM_ACTIONS[key];
  return action === undefined || can(action);
}
