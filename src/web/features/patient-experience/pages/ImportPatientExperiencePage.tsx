// Bringing patient experience in from spreadsheets: the Friends and Family Test results (a row
// per unit and month with the count of each answer) and the complaints and compliments (a row per
// item). Each file is checked whole: every problem is listed by row and column and nothing is
// saved unless every row is good. Each has a template to start from.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useOrgId } from '../../../app/guards.js';
import { API_BASE } from '../../../api/client.js';
import type { ApiError } from '../../../api/problem.js';
import { InsetText, SuccessBanner } from '../../../components/content.js';
import { FileUpload } from '../../../components/forms/fields.js';
import { Form } from '../../../components/forms/Form.js';
import { useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { importFeedback, importFft, patientExperienceKeys, patientExperiencePath, type ImportResult } from '../api/patient-experience-api.js';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportFormProps {
  field: 'fftFile' | 'feedbackFile';
  label: string;
  send: (file: File) => Promise<ImportResult>;
  onSaved: (result: ImportResult) => void;
  formLabel: string;
}

interface Outcome {
  message: string;
  warnings: ImportResult['warnings'];
}

/** Problems by row and column belong to the file field, each with its place in the file. */
const byRow = (field: string) => (error: ApiError) =>
  error.errors.length && error.errors[0]!.path.startsWith('row') ? error.errors.map((e) => ({ field, message: `${e.path[0]!.toUpperCase()}${e.path.slice(1)}: ${e.message}` })) : undefined;

function ImportForm({ field, label, send, onSaved, formLabel }: ImportFormProps) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { [field]: null as File | null },
    validate: (v) => {
      const file = v[field] as File | null;
      if (!file) return [{ field, message: 'Select a CSV or Excel file' }];
      return /\.(csv|xlsx)$/i.test(file.name) ? [] : [{ field, message: 'The selected file must be a CSV or Excel (.xlsx) file' }];
    },
    submit: (v) => send(v[field] as File),
    onSuccess: (r) => {
      onSaved(r);
      void queryClient.invalidateQueries({ queryKey: patientExperienceKeys.all(orgId) });
    },
    describeError: byRow(field),
  });
  return (
    <Form form={form} submitLabel="Import" pendingLabel="Checking the file" aria-label={formLabel}>
      <FileUpload name={field} label={label} hint="CSV or Excel (.xlsx). Nothing is saved unless every row can be read." accept={ACCEPT} />
    </Form>
  );
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function ImportPatientExperiencePage() {
  const orgId = useOrgId();
  const template = (path: string) => `${API_BASE}${patientExperiencePath(orgId, path)}`;
  // One banner for the latest import, whichever form it came from.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/organisations/${orgId}/patient-experience`}>Back to patient experience</BackLink>
        <PageHeading title="Import patient experience">Import patient experience</PageHeading>
        {outcome && <SuccessBanner>{outcome.message}</SuccessBanner>}
        {outcome && outcome.warnings.length > 0 && (
          <InsetText>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {outcome.warnings.map((w) => (
                <li key={`${w.row}-${w.message}`}>
                  Row {w.row}: {w.message}
                </li>
              ))}
            </ul>
          </InsetText>
        )}

        <h2 className="nhsuk-heading-m">Friends and Family Test results</h2>
        <p>
          Use one row for each unit and month, with the number of people who gave each answer: Very good, Good, Neither good nor poor, Poor, Very poor and Don’t know. Leave the unit code blank
          for the whole organisation. Put each unit’s months in order, oldest first; a month that already has results is replaced.
        </p>
        <p>
          <a href={template('/fft/template.csv')} download>
            Download the Friends and Family Test template (CSV)
          </a>
        </p>
        <ImportForm
          field="fftFile"
          label="Friends and Family Test file"
          formLabel="Import Friends and Family Test results"
          send={(file) => importFft(orgId, file)}
          onSaved={(r) => setOutcome({ message: `Saved ${plural(r.written, 'row of results', 'rows of results')}.`, warnings: r.warnings })}
        />

        <h2 className="nhsuk-heading-m">Complaints and compliments</h2>
        <p>
          Use one row for each complaint or compliment, with the date it came in (2026-04-17 or 17/04/2026), the unit code (or blank), complaint or compliment, a category if you use them, and the
          words themselves. Names, phone numbers and email addresses in the words are hidden whenever they are shown. A row already imported is skipped.
        </p>
        <p>
          <a href={template('/feedback/template.csv')} download>
            Download the complaints and compliments template (CSV)
          </a>
        </p>
        <ImportForm
          field="feedbackFile"
          label="Complaints and compliments file"
          formLabel="Import complaints and compliments"
          send={(file) => importFeedback(orgId, file)}
          onSaved={(r) =>
            setOutcome({ message: `Saved ${plural(r.written, 'complaint or compliment', 'complaints and compliments')}${r.skipped ? `; ${plural(r.skipped, 'row was', 'rows were')} already there` : ''}.`, warnings: r.warnings })
          }
        />
      </div>
    </div>
  );
}
