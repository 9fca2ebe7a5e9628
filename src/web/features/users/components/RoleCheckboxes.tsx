import { Checkboxes } from '../../../components/forms/fields.js';
import { ROLE_HINTS, ROLE_LABELS, ROLES } from '../api/users-api.js';

export const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r], hint: ROLE_HINTS[r] }));

export function RoleCheckboxes({ legend = 'Roles' }: { legend?: string }) {
  return <Checkboxes name="roles" legend={legend} legendSize="m" hint="Select all that apply. Someone can hold several roles." options={ROLE_OPTIONS} />;
}
