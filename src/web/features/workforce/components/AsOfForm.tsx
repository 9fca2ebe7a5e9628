// Choosing the date the analysis is "as at": staff in post on that day, and turnover for the
// 12 months to it. A past date lets a board compare this year with last; the server refuses a
// future one, so it is checked here first with the NHS date-input wording.
import { checkDate } from '../../../components/forms/date-checks.js';
import { Form } from '../../../components/forms/Form.js';
import { DateInput } from '../../../components/forms/fields.js';
import { useForm } from '../../../components/forms/useForm.js';

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const check = (value: string) => {
  const checked = checkDate(value, 'asOf', 'date', true);
  if (checked.problem || !checked.iso) return checked;
  if (checked.iso > todayIso()) return { iso: null, problem: { field: 'asOf', message: 'The date must be today or in the past' } };
  return checked;
};

export function AsOfForm({ asOf, onChange }: { asOf: string; onChange: (iso: string) => void }) {
  const form = useForm({
    initialValues: { asOf },
    validate: (v) => {
      const { problem } = check(v.asOf);
      return problem ? [problem] : [];
    },
    submit: (v) => Promise.resolve(check(v.asOf).iso!),
    onSuccess: (iso) => onChange(iso),
  });
  return (
    <Form form={form} submitLabel="Show figures for this date" submitVariant="secondary" aria-label="Choose the date">
      <DateInput name="asOf" legend="Figures as at" hint="Staff in post on this date, and turnover for the 12 months to it. For example, 31 3 2026" />
    </Form>
  );
}
