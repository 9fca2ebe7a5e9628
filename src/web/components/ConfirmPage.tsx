// "Are you sure?" pages: what the action touches, what it will do, and the button to go ahead
// (red for removing or ending something, the default; green for a step forward such as launching).
import type { ReactNode } from 'react';
import type { ButtonVariant } from './Button.js';
import { Link } from 'react-router';
import { Form } from './forms/Form.js';
import type { FormController } from './forms/form-context.js';
import { BackLink } from './navigation.js';
import { PageHeading } from './PageHeading.js';
import { SummaryList, type SummaryRow } from './SummaryList.js';

export interface ConfirmPageProps {
  form: FormController<Record<string, never>>;
  back: { to: string; label: string };
  /** Browser tab title, such as "Delete a unit". */
  title: string;
  heading: string;
  rows: readonly SummaryRow[];
  submitLabel: string;
  pendingLabel: string;
  /** Error summary title when the server refuses, such as "The unit was not deleted". */
  errorTitle: string;
  submitVariant?: ButtonVariant;
  children?: ReactNode;
}

export function ConfirmPage({ form, back, title, heading, rows, submitLabel, pendingLabel, errorTitle, submitVariant = 'warning', children }: ConfirmPageProps) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back.to}>{back.label}</BackLink>
        <PageHeading title={title}>{heading}</PageHeading>
        <SummaryList rows={rows} />
        {children}
        <Form
          form={form}
          submitLabel={submitLabel}
          pendingLabel={pendingLabel}
          submitVariant={submitVariant}
          errorTitle={errorTitle}
          actions={
            <p>
              <Link to={back.to}>No, go back</Link>
            </p>
          }
        >
          {null}
        </Form>
      </div>
    </div>
  );
}
