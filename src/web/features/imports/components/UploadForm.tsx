import { useNavigate } from 'react-router';
import { Form } from '../../../components/forms/Form.js';
import { FileUpload, Radios } from '../../../components/forms/fields.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';
import { useForm } from '../../../components/forms/useForm.js';
import { startImport, type ImportKind } from '../api/imports-api.js';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function checkUpload(kind: string, file: File | null): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!kind) problems.push({ field: 'kind', message: 'Select what the file contains' });
  if (!file) problems.push({ field: 'file', message: 'Select a CSV or Excel file' });
  else if (!/\.(csv|xlsx)$/i.test(file.name)) problems.push({ field: 'file', message: 'The selected file must be a CSV or an Excel (.xlsx) file' });
  else if (file.size === 0) problems.push({ field: 'file', message: 'The selected file is empty' });
  return problems;
}

export function UploadForm({ orgId, kinds }: { orgId: string; kinds: readonly { value: ImportKind; label: string; hint: string }[] }) {
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { kind: kinds.length === 1 ? (kinds[0]?.value ?? '') : '', file: null as File | null },
    validate: (v) => checkUpload(v.kind, v.file),
    submit: (v) => startImport(orgId, v.kind as ImportKind, v.file as File),
    onSuccess: (started) => navigate(`/organisations/${orgId}/import?id=${encodeURIComponent(started.id)}`),
    // The API names the problem with the upload as a whole; show it against the file input.
    describeError: (error) => (error.status === 413 || error.status === 415 || (error.status === 400 && error.errors.length === 0) ? [{ field: 'file', message: error.detail }] : undefined),
  });
  return (
    <Form form={form} submitLabel="Upload" pendingLabel="Uploading" aria-label="Upload a file">
      <Radios name="kind" legend="What does the file contain?" legendSize="m" options={kinds} />
      <FileUpload name="file" label="Upload a file" labelSize="m" hint="A CSV file or an Excel workbook (.xlsx). Only the first sheet is read." accept={ACCEPT} />
    </Form>
  );
}
