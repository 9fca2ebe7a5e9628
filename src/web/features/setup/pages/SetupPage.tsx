// First run: set up your own organisation, or load the demo one. The link printed by the
// server carries a one-time token; without it (or once used) the page says so plainly.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { QueryView } from '../../../app/QueryView.js';
import { useSession } from '../../../app/session.js';
import { ApiError } from '../../../api/problem.js';
import { Button } from '../../../components/Button.js';
import { Card } from '../../../components/content.js';
import { Form } from '../../../components/forms/Form.js';
import { Radios, TextInput } from '../../../components/forms/fields.js';
import { problemsFromApiError } from '../../../components/forms/form-errors.js';
import { useForm } from '../../../components/forms/useForm.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { PASSWORD_HINT } from '../../auth/components/password-rules.js';
import { completeSetup, fetchSetupStatus, loadDemo, ORGANISATION_KINDS, type DemoResult } from '../api/setup-api.js';
import { DemoAccounts } from '../components/DemoAccounts.js';
import { SETUP_INITIAL, setupBody, validateSetup } from '../components/setup-form.js';

function SetupUnavailable({ done }: { done: boolean }) {
  const { session } = useSession();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>{done ? 'Cultivate is already set up' : 'This setup link does not work'}</PageHeading>
        {done ? (
          <p>Someone has already set up Cultivate on this server. The setup link works only once.</p>
        ) : (
          <>
            <p>The link may be incomplete, or it may not be the one this server printed when it started.</p>
            <p>Copy the whole link from the server’s log and try again.</p>
          </>
        )}
        <p>{session?.user ? <Link to="/">Go to the home page</Link> : <Link to="/sign-in">Sign in to Cultivate</Link>}</p>
      </div>
    </div>
  );
}

/** The setup API names the password field "password"; the form's field is "admin.password". */
function setupProblems(error: ApiError, fields: readonly string[]) {
  const errors = error.errors.map((e) => (e.path === 'password' ? { ...e, path: 'admin.password' } : e));
  return problemsFromApiError(new ApiError(error.status, error.code, error.detail, errors, error.body), fields);
}

function SetupChoices({ token, onDemo }: { token: string; onDemo: (result: DemoResult) => void }) {
  const { replaceSession } = useSession();
  const navigate = useNavigate();

  const orgForm = useForm({
    initialValues: SETUP_INITIAL,
    validate: validateSetup,
    submit: (v) => completeSetup(setupBody(token, v)),
    onSuccess: (session) => {
      replaceSession(session);
      navigate('/', { state: { flash: 'Your organisation is set up and you are signed in as its administrator.' } });
    },
    describeError: setupProblems,
  });

  const demoForm = useForm({
    initialValues: {},
    submit: () => loadDemo(token),
    onSuccess: (result) => {
      replaceSession(result.session);
      onDemo(result);
    },
  });

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>Set up Cultivate</PageHeading>
        <p className="nhsuk-lede-text">Set up your own organisation now, or look around first with a demo organisation full of example data.</p>

        <Card heading="Explore with the demo organisation" className="nhsuk-card--feature">
          <p>The demo has an example trust with divisions, wards and staff, a programme in its Discover phase and one account for each role.</p>
          <p>You cannot set up your own organisation afterwards on this server without starting again with an empty database.</p>
          <Form form={demoForm} submitLabel="Explore with the demo organisation" pendingLabel="Loading the demo organisation" submitVariant="secondary" aria-label="Explore with the demo organisation">
            {null}
          </Form>
        </Card>

        <h2 className="nhsuk-heading-l">Set up your organisation</h2>
        <Form form={orgForm} submitLabel="Set up organisation" pendingLabel="Setting up" aria-label="Set up your organisation">
          <TextInput name="organisation.name" label="Organisation name" hint="For example, Northshire Hospitals NHS Foundation Trust" autoComplete="organization" />
          <TextInput
            name="organisation.odsCode"
            label="ODS code (optional)"
            hint="The Organisation Data Service code, 3 to 6 letters and numbers, like RX1"
            width="10"
            code
            spellCheck={false}
          />
          <Radios
            name="organisation.kind"
            legend="Type of organisation"
            legendSize="m"
            options={ORGANISATION_KINDS.map(([value, label]) => ({ value, label }))}
          />
          <h3 className="nhsuk-heading-m">Your administrator account</h3>
          <p>You will be the first administrator. You can add other people and give them roles later.</p>
          <TextInput name="admin.displayName" label="Full name" autoComplete="name" spellCheck={false} />
          <TextInput name="admin.email" label="Email address" hint="Use your work email address" type="email" autoComplete="email" spellCheck={false} />
          <TextInput name="admin.password" label="Create a password" hint={PASSWORD_HINT} type="password" autoComplete="new-password" />
          <TextInput name="confirmPassword" label="Confirm password" type="password" autoComplete="new-password" />
        </Form>
      </div>
    </div>
  );
}

function DemoReady({ result }: { result: DemoResult }) {
  const navigate = useNavigate();
  return (
    <>
      <PageHeading focusOnMount>The demo organisation is ready</PageHeading>
      <DemoAccounts accounts={result.accounts} />
      <Button onClick={() => navigate('/')}>Continue</Button>
    </>
  );
}

export function SetupPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [demo, setDemo] = useState<DemoResult | null>(null);
  const status = useQuery({ queryKey: ['setup-status', token], queryFn: ({ signal }) => fetchSetupStatus(token, signal), staleTime: Infinity, enabled: !demo });

  if (demo) return <DemoReady result={demo} />;
  return (
    <QueryView query={status}>
      {(s) => (!s.setupRequired ? <SetupUnavailable done /> : !s.tokenValid ? <SetupUnavailable done={false} /> : <SetupChoices token={token} onDemo={setDemo} />)}
    </QueryView>
  );
}
