// The demo organisation in a fresh migrated database, for route tests that need a realistic
// trust: its staff, structure, closed surveys, dashboard figures and staff history.
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../core/access/roles.js';
import { loadDemo } from '../modules/demo/index.js';
import { inTransaction } from '../kernel/transaction.js';
import { createTestContext, type Agent, type TestContext } from './harness.js';

export interface DemoFixture {
  ctx: TestContext;
  orgId: string;
  /** Agents by role, made on first use. */
  as: (role: Role) => Promise<Agent>;
}

/** Loads the demo before the file's tests and closes the database after them. Read the fields inside tests. */
export function withDemoOrganisation(): DemoFixture {
  const agents = new Map<Role, Promise<Agent>>();
  const fixture = {
    as: (role: Role) => {
      if (!agents.has(role)) agents.set(role, fixture.ctx.agent(fixture.orgId, [role]));
      return agents.get(role)!;
    },
  } as DemoFixture;
  beforeAll(async () => {
    fixture.ctx = await createTestContext();
    fixture.orgId = (await inTransaction(fixture.ctx.handle.db, (trx) => loadDemo(trx))).organisationId;
  });
  afterAll(() => fixture.ctx.close());
  return fixture;
}
