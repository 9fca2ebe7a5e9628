import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeReturnPath } from '../../../app/navigation.js';
import { useSession } from '../../../app/session.js';
import type { ApiError } from '../../../api/problem.js';
import { Form } from '../../../components/forms/Form.js';
import { TextInput } from '../../../components/forms/fields.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';
import { requireFields, useForm } from '../../../components/forms/useForm.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { formatTime } from '../../../lib/dates.js';
import { signIn } from '../api/auth-api.js';

export function describeSignInError(error: ApiError): FormProblem[] | undefined {
  switch (error.code) {
    case 'invalid_credentials':
      return [{ field: 'email', message: 'Enter a correct email address and password' }];
    case 'account_locked': {
      const until = typeof error.body.lockedUntil === 'string' ? error.body.lockedUntil : null;
      const when = until ? `after ${formatTime(until)}` : 'in 15 minutes';
      return [{ field: null, message: `Your account is locked because of too many failed sign-in attempts. You can try again ${when}.` }];
    }
    case 'rate_limited':
      return [{ field: null, message: 'There have been too many sign-in attempts. Wait a minute, then try again.' }];
    default:
      return undefined;
  }
}

export function SignInPage() {
  const { session, replaceSession } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const returnTo = safeReturnPath(params.get('returnTo'));
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: (v) => requireFields(v, { email: 'Enter your email address', password: 'Enter your password' }),
    submit: (v) => signIn({ email: v.email.trim(), password: v.password }),
    onSuccess: (next) => {
      replaceSession(next);
      navigate(returnTo, { replace: true });
    },
    describeError: describeSignInError,
  });

  if (session?.user && !form.pending) return <Navigate to={returnTo} replace />;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>Sign in to Cultivate</PageHeading>
        <Form form={form} submitLabel="Sign in" pendingLabel="Signing in" errorTitle="There is a problem signing you in">
          <TextInput name="email" label="Email address" type="email" autoComplete="username" spellCheck={false} width="two-thirds" />
          <TextInput name="password" label="Password" type="password" autoComplete="current-password" width="two-thirds" />
        </Form>
        <p>If you have forgotten your password, ask an administrator in your organisation to set a new one for you.</p>
      </div>
    </div>
  );
}
