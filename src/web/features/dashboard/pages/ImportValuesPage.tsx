// Importing the dashboard's figures from a spreadsheet: a CSV or Excel file with a row per
// metric, unit and period, checked whole; every problem is listed by row and column and
// nothing is saved unless every row is good. Gaps in a series are reported, never filled in.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useOrgId } from '../../../app/guards.js';
import { API_BASE } from '../../../api/client.js';
import { InsetText, SuccessBanner } from '../../../components/content.js';
import { FileUpload } from '../../../components/forms/fields.js';
import { Form } from '../../../components/forms/Form.js';
import { useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { dashboardKeys, importValues, metricsPath, type ImportResult } from '../api/dashboard-api.js';

export function ImportValuesPage() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<ImportResult | null>(null);
  const form = useForm({
    initialValues: { file: null as File | null },
    validate: (v) => (v.file ? (/\.(csv|xlsx)$/i.test(v.file.name) ? [] : [{ field: 'file', message: 'The selected file must be a CSV or Excel (.xlsx) file' }]) : [{ field: 'file', message: 'Select a CSV or Excel file' }]),
    submit: (v) => importValues(orgId, v.file as File),
    onSuccess: (r) => {
      setResult(r);
      void queryClient.invalidateQueries({ queryKey: dashboardKeys.all(orgId) });
    },
    describeError: (error) => (error.errors.length && error.errors[0]!.path.startsWith('row') ? error.errors.map((e) => ({ field: 'file', message: `${e.path[0]!.toUpperCase()}${e.path.slice(1)}: ${e.message}` })) : undefined),
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/organisations/${orgId}/dashboard`}>Back to the dashboard</BackLink>
        <PageHeading title="Import dashboard values">Import dashboard values</PageHeading>
        {result && (
          <SuccessBanner>
            Saved {result.written.toLocaleString('en-GB')} {result.written === 1 ? 'value' : 'values'}.
          </SuccessBanner>
        )}
        {result && result.warnings.length > 0 && (
          <InsetText>
            <p>Some series have gaps. They are shown as gaps on the charts, not filled in:</p>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {result.warnings.map((w) => (
                <li key={`${w.row}-${w.message}`}>
                  Row {w.row}: {w.message}
                </li>
              ))}
            </ul>
          </InsetText>
        )}
        <p>
          Use one row for each metric, unit and period, with the columns Metric, Unit code, Period and Value. Leave the unit code blank for the whole organisation. Put each series in order, oldest first; a
          value for a period that already has one replaces it.
        </p>
        <p>
          <a href={`${API_BASE}${metricsPath(orgId, '/template.csv')}`} download>
            Download the template (CSV)
          </a>{' '}
          and{' '}
          <a href={`${API_BASE}${metricsPath(orgId, '/catalogue/export')}?format=xlsx`} download>
            the list of metrics and their keys (Excel)
          </a>
          .
        </p>
        <Form form={form} submitLabel="Import" pendingLabel="Checking the file" aria-label="Import values">
          <FileUpload name="file" label="The file" hint="CSV or Excel (.xlsx). Nothing is saved unless every row can be read." accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
        </Form>
      </div>
    </div>
  );
}
