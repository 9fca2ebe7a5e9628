import { Link, useNavigate, useParams } from 'react-router';
import { PHASE_STATUSES, PHASES, type Phase } from '../../../../core/programme/phases.js';
import { useOrgId } from '../../../app/guards.js';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { QueryView } from '../../../app/QueryView.js';
import { checkStartEnd } from '../../../components/forms/date-checks.js';
import { Form } from '../../../components/forms/Form.js';
import { DateInput, Select } from '../../../components/forms/fields.js';
import { useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { joinDateParts, splitDateValue } from '../../../lib/dates.js';
import { NotFoundPage } from '../../errors/pages/NotFoundPage.js';
import { updatePhase, type PhaseStatus, type PhaseView, type ProgrammeView } from '../api/programme-api.js';
import { useCurrentProgramme } from '../api/useProgramme.js';
import { PHASE_HINTS, PHASE_LABELS, PHASE_STATUS_LABELS } from '../components/phase-display.js';

const STATUS_OPTIONS = PHASE_STATUSES.map((s) => ({ value: s, label: PHASE_STATUS_LABELS[s] }));

const datesOf = (v: { startDate: string; endDate: string }) => checkStartEnd(v, false);

function PhaseForm({ programme, phase, orgId }: { programme: ProgrammeView; phase: PhaseView; orgId: string }) {
  const navigate = useNavigate();
  const invalidate = useInvalidateOrg(orgId);
  const back = `/organisations/${orgId}/programme`;
  const label = PHASE_LABELS[phase.phase];
  const form = useForm({
    initialValues: {
      status: phase.status as string,
      startDate: joinDateParts(splitDateValue(phase.startDate)),
      endDate: joinDateParts(splitDateValue(phase.endDate)),
    },
    validate: (v) => datesOf(v).problems,
    submit: (v) => {
      const { startIso, endIso } = datesOf(v);
      return updatePhase(orgId, programme.id, phase.phase, { status: v.status as PhaseStatus, startDate: startIso, endDate: endIso });
    },
    onSuccess: async () => {
      await invalidate();
      navigate(back, { state: { flash: `The ${label} phase has been updated.` } });
    },
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back}>Back to the programme</BackLink>
        <PageHeading title={`${label} phase`} caption={programme.name}>
          {`${label} phase`}
        </PageHeading>
        <p>{PHASE_HINTS[phase.phase]}.</p>
        <Form
          form={form}
          submitLabel="Save phase"
          pendingLabel="Saving"
          actions={
            <p>
              <Link to={back}>Cancel</Link>
            </p>
          }
        >
          <Select name="status" label="Status" options={STATUS_OPTIONS} />
          <DateInput name="startDate" legend="Start date (optional)" />
          <DateInput name="endDate" legend="End date (optional)" />
        </Form>
      </div>
    </div>
  );
}

export function PhasePage() {
  const orgId = useOrgId();
  const { phase } = useParams();
  const programme = useCurrentProgramme(orgId);
  return (
    <QueryView query={programme}>
      {(p) => {
        const view = PHASES.includes(phase as Phase) ? p?.phases.find((x) => x.phase === phase) : undefined;
        return p && view ? <PhaseForm programme={p} phase={view} orgId={orgId} /> : <NotFoundPage />;
      }}
    </QueryView>
  );
}
