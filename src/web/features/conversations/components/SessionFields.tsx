// The fields of a focus group or board interview, for planning one and for changing it. Each
// field's name is the API's, so the server's problems land on the right field.
import { Checkboxes, DateInput, Select, TextInput } from '../../../components/forms/fields.js';
import type { GuideKind } from '../api/conversations-api.js';
import type { FacilitatorOption } from '../api/useConversations.js';
import { BANDS } from '../lib/session-form.js';

interface SessionFieldsProps {
  kind: GuideKind;
  facilitators: FacilitatorOption[];
}

const bandOptions = BANDS.map((b) => ({ value: b, label: b }));

export function SessionFields({ kind, facilitators }: SessionFieldsProps) {
  const group = kind === 'focus_group';
  return (
    <>
      <TextInput
        name="title"
        label="Name of the session"
        hint={group ? 'For example, Ward 20 nurses, or Estates night shift' : 'For example, Interview with the chief nurse'}
      />
      <DateInput name="heldOn" legend="Date of the session (optional)" hint="For example, 27 3 2026. Leave it blank if it is not fixed yet." />
      <TextInput name="location" label="Where it is held (optional)" hint="For example, Seminar room 2, Education Centre" />
      <Checkboxes
        name="mobile"
        legend="Mobile session"
        options={[{ value: 'yes', label: 'This is a mobile session', hint: 'Held where staff work, for those who cannot leave their area' }]}
      />
      <Select
        name="facilitatorUserId"
        label="Facilitator"
        hint="The person who runs the session, from the programme team. They see the notes as written; everyone else sees them with names and details taken out."
        placeholder="Not chosen yet"
        options={facilitators}
      />
      {group ? (
        <>
          <TextInput name="staffGroup" label="Staff group (optional)" hint="For example, Nursing and midwifery, or Estates and facilities" />
          <Select name="bandFrom" label="Lowest pay band (optional)" placeholder="Any band" options={bandOptions} />
          <Select name="bandTo" label="Highest pay band (optional)" placeholder="Any band" options={bandOptions} />
          <TextInput name="site" label="Site (optional)" hint="For example, the hospital or building the group works in" />
        </>
      ) : (
        <TextInput name="boardRole" label="Board role (optional)" hint="For example, Chief nurse, or Non-executive director" />
      )}
      <TextInput name="participants" label={group ? 'Number of people taking part (optional)' : 'Number of people interviewed (optional)'} inputMode="numeric" width="3" />
    </>
  );
}
