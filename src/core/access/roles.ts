// Roles a user can hold in an organisation. A user may hold several at once.
export const ROLES = ['admin', 'programme_lead', 'change_team', 'board', 'team_leader', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  programme_lead: 'Programme lead',
  change_team: 'Change team member',
  board: 'Board member or senior leader',
  team_leader: 'Team leader',
  staff: 'Staff member',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles in their canonical order, so lists read the same whatever order storage returns them in. */
export function sortRoles<T extends Role>(roles: readonly T[]): T[] {
  return [...roles].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
}
