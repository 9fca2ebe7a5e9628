import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../../../app/session.js';
import { SuccessBanner } from '../../../components/content.js';
import { Form } from '../../../components/forms/Form.js';
import { TextInput } from '../../../components/forms/fields.js';
import { requireFields, useForm } from '../../../components/forms/useForm.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SummaryList } from '../../../components/SummaryList.js';
import { forgetSession } from '../../../app/end-session.js';
import { setFlash } from '../../../app/flash.js';
import { changePassword, signOutEverywhere } from '../api/auth-api.js';
import { checkNewPassword, PASSWORD_HINT } from '../components/password-rules.js';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function AccountPage() {
  const { session } = useSession();
  const queryClient = useQueryClient();
  const [changed, setChanged] = useState(false);

  const passwordForm = useForm({
    initialValues: EMPTY,
    validate: (v) => {
      const missing = requireFields(v, { currentPassword: 'Enter your current password' });
      return missing.length ? missing : checkNewPassword(v.newPassword, v.confirmPassword, { password: 'newPassword', confirm: 'confirmPassword' });
    },
    submit: (v) => changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      passwordForm.reset(EMPTY);
      setChanged(true);
    },
  });

  const everywhereForm = useForm({
    initialValues: {},
    submit: () => signOutEverywhere(),
    onSuccess: async () => {
      // The account page needs a session: once it is forgotten, the guard goes to sign in.
      setFlash('You have signed out on every device, including this one.');
      await forgetSession(queryClient);
    },
  });

  const user = session?.user;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {changed && <SuccessBanner>Your password has been changed. You have been signed out on your other devices.</SuccessBanner>}
        <PageHeading>Your account</PageHeading>
        {user && (
          <SummaryList
            rows={[
              { key: 'Name', value: user.displayName },
              { key: 'Email address', value: <span className="app-break-anywhere">{user.email}</span> },
              {
                key: 'Organisations',
                value: (
                  <ul className="nhsuk-list">
                    {session.memberships.map((m) => (
                      <li key={m.organisationId}>{m.organisationName}</li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        )}

        <h2 className="nhsuk-heading-m">Change your password</h2>
        <Form form={passwordForm} submitLabel="Change password" pendingLabel="Changing password">
          <TextInput name="currentPassword" label="Current password" type="password" autoComplete="current-password" width="two-thirds" />
          <TextInput name="newPassword" label="New password" hint={PASSWORD_HINT} type="password" autoComplete="new-password" width="two-thirds" />
          <TextInput name="confirmPassword" label="Confirm new password" type="password" autoComplete="new-password" width="two-thirds" />
        </Form>

        <h2 className="nhsuk-heading-m">Sign out everywhere</h2>
        <p>If you have signed in on a shared or lost device, you can end every session of your account at once. You will need to sign in again here too.</p>
        <Form form={everywhereForm} submitLabel="Sign out everywhere" submitVariant="warning" aria-label="Sign out everywhere">
          {null}
        </Form>
      </div>
    </div>
  );
}
