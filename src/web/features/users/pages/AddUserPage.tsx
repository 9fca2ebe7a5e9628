import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import type { Role } from '../../../api/types.js';
import { WarningCallout } from '../../../components/content.js';
import { Form } from '../../../components/forms/Form.js';
import { TextInput } from '../../../components/forms/fields.js';
import { requireFields, useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SummaryList } from '../../../components/SummaryList.js';
import { MIN_PASSWORD_LENGTH, PASSWORD_HINT } from '../../auth/components/password-rules.js';
import { addUser, roleList, type AddedMember } from '../api/users-api.js';
import { RoleCheckboxes } from '../components/RoleCheckboxes.js';

const INITIAL = { email: '', displayName: '', roles: [] as string[], password: '' };
type Values = typeof INITIAL;

function validate(v: Values) {
  const problems = requireFields(v, { email: 'Enter their email address', displayName: 'Enter their full name', roles: 'Select at least one role' });
  if (v.password && [...v.password].length < MIN_PASSWORD_LENGTH) {
    problems.push({ field: 'password', message: `Enter a password that is at least ${MIN_PASSWORD_LENGTH} characters long, or leave it blank` });
  }
  return problems;
}

function Added({ result, values, back }: { result: AddedMember; values: Values; back: string }) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading focusOnMount>{`${values.displayName.trim()} can now use Cultivate`}</PageHeading>
        <SummaryList
          rows={[
            { key: 'Email address', value: <span className="app-break-anywhere">{values.email.trim()}</span> },
            { key: 'Roles', value: roleList(values.roles as Role[]) },
          ]}
        />
        {result.oneTimePassword ? (
          <WarningCallout heading="This password is shown once" level={2}>
            <p>
              Their one-time password is <strong className="app-secret">{result.oneTimePassword}</strong>
            </p>
            <p>Give it to them in person or by phone, not by email. Ask them to change it in their account after they sign in.</p>
          </WarningCallout>
        ) : result.created ? (
          <p>They can sign in with the password you set. Ask them to change it in their account after they sign in.</p>
        ) : (
          <p>They already had a Cultivate account, so they can sign in with their existing password.</p>
        )}
        <p>
          <Link to={back}>Back to users</Link>
        </p>
      </div>
    </div>
  );
}

export function AddUserPage() {
  const orgId = useOrgId();
  const navigate = useNavigate();
  const invalidate = useInvalidateOrg(orgId);
  const back = `/organisations/${orgId}/users`;
  const [added, setAdded] = useState<{ result: AddedMember; values: Values } | null>(null);
  const form = useForm({
    initialValues: INITIAL,
    validate,
    submit: (v) =>
      addUser(orgId, {
        email: v.email.trim(),
        displayName: v.displayName.trim(),
        roles: v.roles as Role[],
        ...(v.password ? { password: v.password } : {}),
      }),
    onSuccess: (result, values) => {
      void invalidate();
      if (result.oneTimePassword || !result.created) setAdded({ result, values });
      else navigate(back, { state: { flash: `${values.displayName.trim()} has been added.` } });
    },
    describeError: (error) => (error.code === 'already_member' ? [{ field: 'email', message: error.detail }] : undefined),
  });
  if (added) return <Added result={added.result} values={added.values} back={back} />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back}>Back to users</BackLink>
        <PageHeading>Add a user</PageHeading>
        <Form form={form} submitLabel="Add user" pendingLabel="Adding">
          <TextInput name="email" label="Email address" hint="Their work email address. If they already use Cultivate elsewhere, they keep their password." type="email" autoComplete="off" spellCheck={false} />
          <TextInput name="displayName" label="Full name" autoComplete="off" spellCheck={false} />
          <RoleCheckboxes />
          <TextInput
            name="password"
            label="Password (optional)"
            hint={`Leave this blank and Cultivate will make a one-time password for you to pass on. ${PASSWORD_HINT}`}
            type="password"
            autoComplete="new-password"
          />
        </Form>
      </div>
    </div>
  );
}
