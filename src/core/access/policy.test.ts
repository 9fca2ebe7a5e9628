import { describe, expect, it } from 'vitest';
import { ACTIONS, allowedActions, can, type Action } from './policy.js';
import { ROLES, type Role } from './roles.js';

// The expected matrix, written out by hand from the access design rather than derived
// from the policy table, so a slip in either shows up here. Y = allowed.
const EXPECTED: Record<Action, Record<Role, 'Y' | '-'>> = {
  'organisation.read':   { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: 'Y', team_leader: 'Y', staff: 'Y' },
  'organisation.update': { admin: 'Y', programme_lead: '-', change_team: '-', board: '-', team_leader: '-', staff: '-' },
  'units.read':          { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: 'Y', team_leader: 'Y', staff: '-' },
  'units.write':         { admin: 'Y', programme_lead: 'Y', change_team: '-', board: '-', team_leader: '-', staff: '-' },
  'staff.read':          { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: '-', team_leader: '-', staff: '-' },
  'staff.import':        { admin: 'Y', programme_lead: 'Y', change_team: '-', board: '-', team_leader: '-', staff: '-' },
  'users.manage':        { admin: 'Y', programme_lead: '-', change_team: '-', board: '-', team_leader: '-', staff: '-' },
  'audit.read':          { admin: 'Y', programme_lead: 'Y', change_team: '-', board: '-', team_leader: '-', staff: '-' },
  'programme.read':      { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: 'Y', team_leader: 'Y', staff: 'Y' },
  'programme.write':     { admin: 'Y', programme_lead: 'Y', change_team: '-', board: '-', team_leader: '-', staff: '-' },
  'instruments.read':    { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: '-', team_leader: '-', staff: '-' },
  'instruments.write':   { admin: 'Y', programme_lead: 'Y', change_team: '-', board: '-', team_leader: '-', staff: '-' },
  'surveys.read':        { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: 'Y', team_leader: '-', staff: '-' },
  'surveys.manage':      { admin: 'Y', programme_lead: 'Y', change_team: '-', board: '-', team_leader: '-', staff: '-' },
  'surveys.paper_entry': { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: '-', team_leader: '-', staff: '-' },
  // Results of closed surveys, protected by the anonymity rules; team leaders will get their own units later.
  'results.read':        { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: 'Y', team_leader: '-', staff: '-' },
  'comments.code':       { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: '-', team_leader: '-', staff: '-' },
  // The culture and outcomes dashboard: the board reads it; the programme lead and change team keep it up to date.
  'metrics.read':        { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: 'Y', team_leader: '-', staff: '-' },
  'metrics.write':       { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: '-', team_leader: '-', staff: '-' },
  'conversations.read':  { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: '-', team_leader: '-', staff: '-' },
  'conversations.write': { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: '-', team_leader: '-', staff: '-' },
  // The synthesis: the board reads it (and its report); the change team drafts it; the programme lead agrees it.
  'synthesis.read':      { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: 'Y', team_leader: '-', staff: '-' },
  'synthesis.write':     { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: '-', team_leader: '-', staff: '-' },
  'synthesis.agree':     { admin: 'Y', programme_lead: 'Y', change_team: '-', board: '-', team_leader: '-', staff: '-' },
  'outbox.read':         { admin: 'Y', programme_lead: '-', change_team: '-', board: '-', team_leader: '-', staff: '-' },
  // Anyone may ask for 360 feedback about themselves; whose report is whose is decided by ownership and sharing.
  'feedback.use':        { admin: 'Y', programme_lead: 'Y', change_team: 'Y', board: 'Y', team_leader: 'Y', staff: 'Y' },
};

describe('access policy', () => {
  it('covers every action in the expected matrix', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const allowed = EXPECTED[action][role] === 'Y';
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(can({ userId: 'u1', roles: [role] }, action)).toBe(allowed);
      });
    }
  }

  it('refuses an anonymous actor everything', () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
  });

  it('refuses a member with no roles everything', () => {
    for (const action of ACTIONS) expect(can({ userId: 'u1', roles: [] }, action)).toBe(false);
  });

  it('grants the union when a user holds several roles', () => {
    const both = allowedActions(['board', 'change_team']);
    expect(both).toContain('staff.read'); // from change team
    expect(both).toContain('units.read');
    expect(both).not.toContain('units.write');
    expect(allowedActions(['staff'])).toEqual(['organisation.read', 'programme.read', 'feedback.use']);
  });
});
