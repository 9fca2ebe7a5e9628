import { Link } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { useSession } from '../../../app/session.js';
import { ButtonLink } from '../../../components/Button.js';
import { Tag } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Table } from '../../../components/Table.js';
import { formatDateTime } from '../../../lib/dates.js';
import { roleList, type Member } from '../api/users-api.js';
import { useUsers } from '../api/useUsers.js';

export function UsersPage() {
  const orgId = useOrgId();
  const users = useUsers(orgId);
  const { session } = useSession();
  const base = `/organisations/${orgId}/users`;
  return (
    <QueryView query={users} loading="Loading users">
      {(items) => (
        <>
          <PageHeading>Users</PageHeading>
          <p>Everyone who can sign in to this organisation, and what their roles let them do.</p>
          <ButtonLink to={`${base}/new`}>Add a user</ButtonLink>
          <Table
            caption={`${items.length} ${items.length === 1 ? 'user' : 'users'}`}
            captionSize="s"
            columns={[
              {
                header: 'Name',
                rowHeader: true,
                cell: (u: Member) => (
                  <>
                    {u.displayName}
                    {u.id === session?.user?.id && ' (you)'}
                    <br />
                    <span className="nhsuk-body-s app-break-anywhere">{u.email}</span>
                  </>
                ),
              },
              { header: 'Roles', cell: (u) => roleList(u.roles) },
              { header: 'Last signed in', cell: (u) => (u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Never') },
              { header: 'Status', cell: (u) => (u.locked ? <Tag colour="red">Locked</Tag> : <Tag colour="green">Active</Tag>) },
              {
                header: <span className="nhsuk-u-visually-hidden">Actions</span>,
                cell: (u) => (
                  <ul className="nhsuk-list">
                    <li>
                      <Link to={`${base}/${u.id}/roles`}>
                        Change roles<span className="nhsuk-u-visually-hidden"> for {u.displayName}</span>
                      </Link>
                    </li>
                    <li>
                      <Link to={`${base}/${u.id}/remove`}>
                        Remove<span className="nhsuk-u-visually-hidden"> {u.displayName}</span>
                      </Link>
                    </li>
                  </ul>
                ),
              },
            ]}
            rows={items}
            rowKey={(u) => u.id}
          />
        </>
      )}
    </QueryView>
  );
}
