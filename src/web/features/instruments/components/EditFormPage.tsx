// The frame every editing form shares: a back link to the instrument, the heading with the
// instrument's title as caption, the form, and a way out without saving. Also the pair of
// fields (English, and Welsh when the instrument is offered in Welsh) every text is edited in.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Textarea, TextInput } from '../../../components/forms/fields.js';
import type { FormController, FormValues } from '../../../components/forms/form-context.js';
import { Form } from '../../../components/forms/Form.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import type { InstrumentContext } from './WithInstrument.js';

interface EditFormPageProps<V extends FormValues> {
  context: InstrumentContext;
  form: FormController<V>;
  heading: string;
  submitLabel?: string;
  children: ReactNode;
}

export function EditFormPage<V extends FormValues>({ context, form, heading, submitLabel = 'Save', children }: EditFormPageProps<V>) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={context.instrumentPath}>Back to the questionnaire</BackLink>
        <PageHeading caption={context.instrument.title}>{heading}</PageHeading>
        <Form form={form} submitLabel={submitLabel} pendingLabel="Saving" actions={<p><Link to={context.instrumentPath}>Cancel</Link></p>}>
          {children}
        </Form>
      </div>
    </div>
  );
}

interface TextPairProps {
  name: string;
  /** What the text is, such as "Question" or "Section title". */
  label: string;
  welsh: boolean;
  hint?: ReactNode;
  multiline?: boolean;
  optional?: boolean;
}

export function TextPair({ name, label, welsh, hint, multiline, optional }: TextPairProps) {
  const Field = multiline ? Textarea : TextInput;
  const suffix = optional ? ' (optional)' : '';
  const rows = multiline ? { rows: 3 } : { width: 'full' as const };
  return (
    <>
      <Field name={`${name}.en`} label={welsh ? `${label} in English${suffix}` : `${label}${suffix}`} hint={hint} {...rows} />
      {welsh && <Field name={`${name}.cy`} label={`${label} in Welsh${suffix}`} hint="Cymraeg" {...rows} />}
    </>
  );
}
