// Edit the programme's details. The PATCH carries the version the form started from; if
// someone else saved in between, the server answers 409 edit_conflict with their values.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { QueryView } from '../../../app/QueryView.js';
import { Button } from '../../../components/Button.js';
import { WarningCallout } from '../../../components/content.js';
import { Form } from '../../../components/forms/Form.js';
import { DateInput, Textarea, TextInput } from '../../../components/forms/fields.js';
import { useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SummaryList } from '../../../components/SummaryList.js';
import { formatDate } from '../../../lib/dates.js';
import { NotFoundPage } from '../../errors/pages/NotFoundPage.js';
import { updateProgramme, type ProgrammeView } from '../api/programme-api.js';
import { useCurrentProgramme } from '../api/useProgramme.js';
import { conflictingFields, programmePatch, programmeValues, validateProgramme } from '../components/programme-form.js';

const FIELD_NAMES: Record<string, string> = { name: 'Name', sponsor: 'Sponsor', description: 'Description', startDate: 'Start date', endDate: 'End date' };

function showValue(p: ProgrammeView, field: string): string {
  if (field === 'startDate' || field === 'endDate') return formatDate(p[field]);
  const value = p[field as 'name' | 'sponsor' | 'description'];
  return value || 'None given';
}

function EditForm({ programme, orgId }: { programme: ProgrammeView; orgId: string }) {
  const navigate = useNavigate();
  const invalidate = useInvalidateOrg(orgId);
  const back = `/organisations/${orgId}/programme`;
  const [base, setBase] = useState(programme);
  const [conflict, setConflict] = useState<ProgrammeView | null>(null);

  const form = useForm({
    initialValues: programmeValues(programme),
    validate: validateProgramme,
    submit: (v) => updateProgramme(orgId, base.id, programmePatch(base, v)),
    onSuccess: async () => {
      await invalidate();
      navigate(back, { state: { flash: 'The programme details have been saved.' } });
    },
    describeError: (error) => {
      if (error.code !== 'edit_conflict') return undefined;
      setConflict((error.body.current as ProgrammeView | undefined) ?? null);
      return [{ field: null, message: 'Someone else saved changes to this programme after you opened it, so your changes were not saved.' }];
    },
  });

  const useTheirs = () => {
    if (!conflict) return;
    setBase(conflict);
    form.reset(programmeValues(conflict));
    setConflict(null);
    void invalidate();
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back}>Back to the programme</BackLink>
        <PageHeading>Change the programme details</PageHeading>
        {conflict && (
          <div className="app-conflict">
            <WarningCallout heading="Someone else changed this programme" level={2}>
              <p>These are the values they saved. Load them into the form, check them, then make your changes again.</p>
              <SummaryList
                rows={(conflictingFields(base, conflict).length ? conflictingFields(base, conflict) : ['name', 'sponsor', 'startDate', 'endDate']).map((f) => ({
                  key: FIELD_NAMES[f] ?? f,
                  value: showValue(conflict, f),
                }))}
              />
              <Button variant="secondary" onClick={useTheirs}>
                Load their latest version
              </Button>
            </WarningCallout>
          </div>
        )}
        <Form
          form={form}
          submitLabel="Save changes"
          pendingLabel="Saving"
          errorTitle="Your changes were not saved"
          actions={
            <p>
              <Link to={back}>Cancel</Link>
            </p>
          }
        >
          <TextInput name="name" label="Programme name" />
          <TextInput name="sponsor" label="Sponsor" />
          <Textarea name="description" label="Description (optional)" rows={4} />
          <DateInput name="startDate" legend="Start date" />
          <DateInput name="endDate" legend="Planned end date" />
        </Form>
      </div>
    </div>
  );
}

export function EditProgrammePage() {
  const orgId = useOrgId();
  const programme = useCurrentProgramme(orgId);
  return <QueryView query={programme}>{(p) => (p ? <EditForm programme={p} orgId={orgId} /> : <NotFoundPage />)}</QueryView>;
}
