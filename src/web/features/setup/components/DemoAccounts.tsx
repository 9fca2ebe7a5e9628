import { ROLE_LABELS } from '../../../../core/access/roles.js';
import { WarningCallout } from '../../../components/content.js';
import { Table } from '../../../components/Table.js';
import type { DemoAccount } from '../api/setup-api.js';

/** The demo accounts with their generated passwords. The server keeps only hashes, so this is the one chance to see them. */
export function DemoAccounts({ accounts }: { accounts: readonly DemoAccount[] }) {
  return (
    <>
      <WarningCallout heading="These passwords are shown once">
        <p>Copy them now if you want to try Cultivate in other roles. Cultivate stores only a scrambled form of each password, so it cannot show them to you again.</p>
        <p>You are already signed in as the demo administrator.</p>
      </WarningCallout>
      <Table
        caption="Demo accounts"
        columns={[
          { header: 'Role', cell: (a: DemoAccount) => ROLE_LABELS[a.role] ?? a.role, rowHeader: true },
          { header: 'Email address', cell: (a) => <span className="app-break-anywhere">{a.email}</span> },
          { header: 'Password', cell: (a) => <span className="app-secret">{a.password}</span> },
        ]}
        rows={accounts}
        rowKey={(a) => a.email}
      />
    </>
  );
}
