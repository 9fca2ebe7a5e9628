// The one access policy. Every route names an action; this table decides who may take it.
// Kept as data so the whole role × action matrix can be read, reviewed and tested at once.
import type { Role } from './roles.js';

export const ACTIONS = [
  'organisation.read',
  'organisation.update',
  'units.read',
  'units.write',
  'staff.read',
  'staff.import',
  'users.manage',
  'audit.read',
  'programme.read',
  'programme.write',
  'instruments.read',
  'instruments.write',
  'surveys.read',
  'surveys.manage',
  'surveys.paper_entry',
  'results.read',
  'comments.code',
  'metrics.read',
  'metrics.write',
  'outbox.read',
  'feedback.use',
  'conversations.read',
  'conversations.write',
  'synthesis.read',
  'synthesis.write',
  'synthesis.agree',
] as const;
export type Action = (typeof ACTIONS)[number];

const ALL: readonly Action[] = ACTIONS;

const GRANTS: Record<Role, readonly Action[]> = {
  admin: ALL,
  programme_lead: [
    'organisation.read',
    'units.read',
    'units.write',
    'staff.read',
    'staff.import',
    'audit.read',
    'programme.read',
    'programme.write',
    'instruments.read',
    'instruments.write',
    'surveys.read',
    'surveys.manage',
    'surveys.paper_entry',
    'results.read',
    'comments.code',
    'metrics.read',
    'metrics.write',
    'feedback.use',
    'conversations.read',
    'conversations.write',
    'synthesis.read',
    'synthesis.write',
    'synthesis.agree',
  ],
  change_team: ['organisation.read', 'units.read', 'staff.read', 'programme.read', 'instruments.read', 'surveys.read', 'surveys.paper_entry', 'results.read', 'comments.code', 'metrics.read', 'metrics.write', 'feedback.use', 'conversations.read', 'conversations.write', 'synthesis.read', 'synthesis.write'],
  board: ['organisation.read', 'units.read', 'programme.read', 'surveys.read', 'results.read', 'metrics.read', 'feedback.use', 'synthesis.read'],
  team_leader: ['organisation.read', 'units.read', 'programme.read', 'feedback.use'],
  staff: ['organisation.read', 'programme.read', 'feedback.use'],
};

/** Someone acting within one organisation, with every role they hold there. */
export interface OrgActor {
  userId: string;
  roles: readonly Role[];
}

export function can(actor: OrgActor | null, action: Action): boolean {
  if (!actor) return false;
  return actor.roles.some((role) => GRANTS[role].includes(action));
}

/** The actions a set of roles allows, for the web app to hide what it cannot use. */
export function allowedActions(roles: readonly Role[]): Action[] {
  return ACTIONS.filter((action) => can({ userId: '', roles }, action));
}
