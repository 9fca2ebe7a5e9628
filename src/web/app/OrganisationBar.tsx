// Shows which organisation the user is working in and, when they belong to more than one,
// lets them switch. Switching keeps them on the same kind of page.
import { useLocation, useNavigate } from 'react-router';
import { Form } from '../components/forms/Form.js';
import { Select } from '../components/forms/fields.js';
import { useForm } from '../components/forms/useForm.js';
import { pathInOrganisation } from './navigation.js';
import { useSession } from './session.js';

export function OrganisationBar() {
  const { session, current } = useSession();
  const memberships = session?.user ? session.memberships : [];
  if (!current || memberships.length === 0) return null;
  return (
    <div className="app-org-switcher">
      <div className="nhsuk-width-container">
        {memberships.length > 1 ? <Switcher key={current.organisationId} /> : <p className="app-org-switcher__current">Organisation: <strong>{current.organisationName}</strong></p>}
      </div>
    </div>
  );
}

function Switcher() {
  const { session, current, chooseOrganisation } = useSession();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { organisation: current?.organisationId ?? '' },
    submit: async (values) => values.organisation,
    onSuccess: (organisationId) => {
      chooseOrganisation(organisationId);
      navigate(pathInOrganisation(pathname, organisationId));
    },
  });
  return (
    <Form form={form} submitLabel="Change organisation" submitVariant="secondary" submitSmall className="app-org-switcher__form" aria-label="Change organisation">
      <Select
        name="organisation"
        label="Organisation"
        options={(session?.memberships ?? []).map((m) => ({ value: m.organisationId, label: m.organisationName }))}
      />
    </Form>
  );
}
