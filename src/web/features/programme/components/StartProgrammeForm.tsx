import { useInvalidateOrg } from '../../../app/invalidate.js';
import { checkStartEnd } from '../../../components/forms/date-checks.js';
import { Form } from '../../../components/forms/Form.js';
import { Checkboxes, DateInput, Textarea, TextInput } from '../../../components/forms/fields.js';
import { requireFields, useForm } from '../../../components/forms/useForm.js';
import { createProgramme } from '../api/programme-api.js';

const INITIAL = { name: '', sponsor: '', description: '', startDate: '', endDate: '', includeScoping: ['yes'] as string[] };
type Values = typeof INITIAL;

const datesOf = (v: Values) => checkStartEnd(v, true);

export function StartProgrammeForm({ orgId }: { orgId: string }) {
  const invalidate = useInvalidateOrg(orgId);
  const form = useForm({
    initialValues: INITIAL,
    validate: (v) => [
      ...requireFields(v, { name: 'Enter the programme name', sponsor: 'Enter the name of the sponsor' }),
      ...datesOf(v).problems,
    ],
    submit: (v) => {
      const { startIso, endIso } = datesOf(v);
      return createProgramme(orgId, {
        name: v.name.trim(),
        sponsor: v.sponsor.trim(),
        description: v.description.trim(),
        startDate: startIso ?? '',
        endDate: endIso ?? '',
        includeScoping: v.includeScoping.includes('yes'),
      });
    },
    onSuccess: () => void invalidate(),
  });
  return (
    <Form form={form} submitLabel="Start programme" pendingLabel="Starting programme" aria-label="Start a programme">
      <TextInput name="name" label="Programme name" hint="For example, Culture and leadership programme 2025 to 2027" />
      <TextInput name="sponsor" label="Sponsor" hint="The board member who sponsors the programme, usually the chief executive" />
      <Textarea name="description" label="Description (optional)" hint="What the programme is for, in a sentence or two" rows={3} />
      <DateInput name="startDate" legend="Start date" />
      <DateInput name="endDate" legend="Planned end date" hint="Programmes usually run for 18 to 24 months. For example, 31 3 2027" />
      <Checkboxes
        name="includeScoping"
        legend="Phases"
        hint="Every programme has Discover, Design and Deliver phases."
        options={[{ value: 'yes', label: 'Include a Scoping phase first', hint: 'To agree the sponsor, change team, plan and how you will evaluate' }]}
      />
    </Form>
  );
}
