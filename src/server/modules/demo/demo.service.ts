// Loads (or reloads) the demo organisation: units, ~3,000 staff, a programme in its Discover
// phase with a change team, and one account per role with a freshly generated password.
import { inTransaction } from '../../kernel/transaction.js';
import { ROLE_LABELS, type Role } from '../../../core/access/roles.js';
import type { Db } from '../../db/database.js';
import { newId, nowIso } from '../../kernel/ids.js';
import { recordAudit } from '../audit/index.js';
import { createAccount } from '../auth/index.js';
import { createOrganisation, deleteOrganisation, listDemoOrganisations } from '../organisations/index.js';
import { addToChangeTeam, createProgramme } from '../programmes/index.js';
import { personRow } from '../staff/index.js';
import { insertUnits } from '../units/index.js';
import { generatePassword } from '../users/index.js';
import { DEMO_EMAIL_DOMAIN, DEMO_ORGANISATION_NAME, demoPeople, demoUnits } from './demo-organisation.js';
import { deleteUsersWithoutMemberships, insertPeople } from './demo.repository.js';
import { DEMO_WAVES, seedDemoPatientSurvey, seedDemoSurvey } from '../surveys/index.js';
import { seedDemoMetrics } from '../metrics/index.js';
import { seedDemoPatientExperience } from '../patient-experience/index.js';
import { seedDemoConversations } from '../conversations/index.js';

export interface DemoAccount {
  role: Role;
  displayName: string;
  email: string;
  password: string;
}

const ACCOUNTS: readonly (readonly [Role, string, string])[] = [
  ['admin', 'admin', 'Alex Morgan (demo administrator)'],
  ['programme_lead', 'programme.lead', 'Priya Shah (OD programme lead)'],
  ['change_team', 'change.team', 'Tom Okafor (change team)'],
  ['board', 'board', 'Helen Price (chief nurse, board)'],
  ['team_leader', 'team.leader', 'Niamh Kelly (ward manager)'],
  ['staff', 'staff', 'Sam Roberts (staff nurse)'],
];

export const demoAccountEmails = (): string[] => ACCOUNTS.map(([, local]) => `${local}@${DEMO_EMAIL_DOMAIN}`);

/** Writes the demo; call inside a transaction. */
export async function loadDemo(db: Db): Promise<{ organisationId: string; accounts: DemoAccount[] }> {
  const organisationId = await createOrganisation(db, { name: DEMO_ORGANISATION_NAME, odsCode: null, kind: 'acute_trust', isDemo: true });
  const at = nowIso();
  const units = demoUnits();
  const unitIds = new Map(units.map((u) => [u.code, newId()]));
  await insertUnits(
    db,
    units.map((u) => ({
      id: unitIds.get(u.code) as string,
      organisation_id: organisationId,
      parent_id: u.parentCode ? (unitIds.get(u.parentCode) as string) : null,
      external_code: u.code,
      name: u.name,
      kind: u.kind,
      created_at: at,
      updated_at: at,
    })),
  );
  const people = demoPeople(units).map((p) => personRow(organisationId, unitIds.get(p.unitCode) as string, p, at));
  await insertPeople(db, people);

  const programmeId = await createProgramme(
    db,
    organisationId,
    {
      name: 'Growing a compassionate culture 2026 to 2028',
      sponsor: 'Dr Ruth Adeyemi, Chief Executive',
      description:
        'Our culture and leadership programme, following the NHS approach of Discover, Design and Deliver. We are listening to staff, patients and the board before we decide what to change.',
      startDate: '2026-04-01',
      endDate: '2028-03-31',
      includeScoping: true,
    },
    { scoping: 'complete', discover: 'in_progress' },
  );
  // A change team of 18 volunteers from every level: pick people spread across the trust.
  const step = Math.floor(people.length / 18);
  for (let i = 0; i < 18; i++) {
    const member = people[i * step + 3];
    if (member) await addToChangeTeam(db, organisationId, programmeId, member.id, i === 0 ? 'Change team co-ordinator' : '');
  }

  for (const wave of DEMO_WAVES) await seedDemoSurvey(db, organisationId, programmeId, wave);
  await seedDemoPatientSurvey(db, organisationId, programmeId);
  await seedDemoMetrics(db, organisationId);
  await seedDemoPatientExperience(db, organisationId);

  const accounts: DemoAccount[] = [];
  const userIds = new Map<Role, string>();
  for (const [role, local, displayName] of ACCOUNTS) {
    const account = { role, displayName, email: `${local}@${DEMO_EMAIL_DOMAIN}`, password: generatePassword() };
    userIds.set(role, (await createAccount(db, organisationId, account, [role])).userId);
    accounts.push(account);
  }
  // The focus groups and board interviews are run and coded by the demo's own programme lead and change team member.
  await seedDemoConversations(db, organisationId, programmeId, { programmeLead: userIds.get('programme_lead')!, changeTeam: userIds.get('change_team')! });
  await recordAudit(db, {
    organisationId,
    actorUserId: null,
    actorLabel: 'system',
    action: 'demo.loaded',
    detail: { units: units.length, staff: people.length },
  });
  return { organisationId, accounts };
}

/** Removes every demo organisation and its demo accounts, then loads a fresh demo, in one transaction. */
export async function resetDemo(db: Db): Promise<{ organisationId: string; accounts: DemoAccount[] }> {
  return inTransaction(db, async (trx) => {
    for (const org of await listDemoOrganisations(trx)) await deleteOrganisation(trx, org.id);
    await deleteUsersWithoutMemberships(trx, demoAccountEmails());
    return loadDemo(trx);
  });
}

export function describeDemoAccounts(accounts: readonly DemoAccount[]): string {
  const lines = accounts.map((a) => `  ${ROLE_LABELS[a.role].padEnd(30)} ${a.email.padEnd(40)} ${a.password}`);
  return [`Demo organisation loaded: ${DEMO_ORGANISATION_NAME}`, 'Sign in with any of these accounts (passwords are shown only now):', ...lines].join('\n');
}
