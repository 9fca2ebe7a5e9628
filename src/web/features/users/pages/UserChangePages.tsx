// Change someone's roles, or remove their access. Both refuse to leave the organisation
// without an administrator (409 last_admin), and say so.
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { QueryView } from '../../../app/QueryView.js';
import { useSession } from '../../../app/session.js';
import type { Role } from '../../../api/types.js';
import { ConfirmPage } from '../../../components/ConfirmPage.js';
import { Form } from '../../../components/forms/Form.js';
import { requireFields, useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { NotFoundPage } from '../../errors/pages/NotFoundPage.js';
import { sessionKey } from '../../auth/api/auth-api.js';
import { removeUser, roleList, setRoles, usersKey, type Member } from '../api/users-api.js';
import { useUsers } from '../api/useUsers.js';
import { RoleCheckboxes } from '../components/RoleCheckboxes.js';

function MemberPage({ render }: { render: (member: Member, orgId: string) => ReactNode }) {
  const orgId = useOrgId();
  const { userId } = useParams();
  const users = useUsers(orgId);
  return (
    <QueryView query={users}>
      {(items) => {
        const member = items.find((u) => u.id === userId);
        return member ? render(member, orgId) : <NotFoundPage />;
      }}
    </QueryView>
  );
}

function RolesForm({ member, orgId }: { member: Member; orgId: string }) {
  const navigate = useNavigate();
  const invalidate = useInvalidateOrg(orgId);
  const { session } = useSession();
  const queryClient = useQueryClient();
  const back = `/organisations/${orgId}/users`;
  const form = useForm({
    initialValues: { roles: member.roles as string[] },
    validate: (v) => requireFields(v, { roles: 'Select at least one role. To take away all access, remove the user instead' }),
    submit: (v) => setRoles(orgId, member.id, v.roles as Role[]),
    onSuccess: async () => {
      await invalidate();
      // Changing your own roles changes what you may do: fetch the session again.
      if (member.id === session?.user?.id) await queryClient.invalidateQueries({ queryKey: sessionKey });
      navigate(back, { state: { flash: `${member.displayName}’s roles have been changed.` } });
    },
    describeError: (error) => (error.code === 'last_admin' ? [{ field: 'roles', message: error.detail }] : undefined),
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back}>Back to users</BackLink>
        <PageHeading title="Change roles" caption={member.email}>{`Change ${member.displayName}’s roles`}</PageHeading>
        <Form form={form} submitLabel="Save roles" pendingLabel="Saving" actions={<p><Link to={back}>Cancel</Link></p>}>
          <RoleCheckboxes />
        </Form>
      </div>
    </div>
  );
}

function ConfirmRemove({ member, orgId }: { member: Member; orgId: string }) {
  const navigate = useNavigate();
  const invalidate = useInvalidateOrg(orgId);
  const queryClient = useQueryClient();
  const back = `/organisations/${orgId}/users`;
  const form = useForm({
    initialValues: {} as Record<string, never>,
    submit: () => removeUser(orgId, member.id),
    onSuccess: () => {
      navigate(back, { state: { flash: `${member.displayName} no longer has access to this organisation.` } });
      queryClient.setQueryData<Member[]>(usersKey(orgId), (old) => old?.filter((u) => u.id !== member.id));
      void invalidate();
    },
  });
  return (
    <ConfirmPage
      form={form}
      back={{ to: back, label: 'Back to users' }}
      title="Remove a user"
      heading={`Are you sure you want to remove ${member.displayName}?`}
      rows={[
        { key: 'Email address', value: <span className="app-break-anywhere">{member.email}</span> },
        { key: 'Roles', value: roleList(member.roles) },
      ]}
      submitLabel="Yes, remove access"
      pendingLabel="Removing"
      errorTitle="Their access was not removed"
    >
      <p>They will no longer be able to see or change anything in this organisation. Their account stays, so you can add them again later.</p>
    </ConfirmPage>
  );
}

export function ChangeRolesPage() {
  return <MemberPage render={(member, orgId) => <RolesForm key={member.id} member={member} orgId={orgId} />} />;
}

export function RemoveUserPage() {
  return <MemberPage render={(member, orgId) => <ConfirmRemove member={member} orgId={orgId} />} />;
}
