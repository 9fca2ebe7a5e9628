// Create a survey as a draft: title, questionnaire, dates, audience, anonymity thresholds,
// languages and how people are reached. Nothing is sent until it is launched.
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { QueryView } from '../../../app/QueryView.js';
import { InsetText } from '../../../components/content.js';
import { Checkboxes, DateInput, Radios, TextInput } from '../../../components/forms/fields.js';
import { Form } from '../../../components/forms/Form.js';
import { useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { useCurrentProgramme } from '../../programme/api/useProgramme.js';
import { useUnits } from '../../units/api/useUnits.js';
import type { InstrumentSummary } from '../../instruments/api/instruments-api.js';
import { createSurvey, surveyKeys } from '../api/surveys-api.js';
import type { SurveyView } from '../api/survey-types.js';
import type { Facet } from '../api/surveys-api.js';
import { usePublishedInstruments, useStaffFacets } from '../api/useSurveys.js';
import { InstrumentRadios } from '../components/InstrumentRadios.js';
import { UnitPicker } from '../components/UnitPicker.js';
import { LANGUAGE_NAMES, MODE_LABELS } from '../lib/survey-display.js';
import { choosesAudience, initialSurveyValues, modesFor, surveyInput, validateSurvey, type Mode, type SurveyValues } from '../lib/survey-form.js';

const MODE_HINTS: Record<Mode, string> = {
  invitations: 'Everyone in the audience with a work email address gets their own link, which works once. You can remind people who have not answered.',
  openLink: 'One link for everyone, to share on the intranet or print as a QR code poster for staff rooms and wards. People say which unit they work in.',
  paper: 'Print the questionnaire for people who do not use a computer at work; the change team types the answers in.',
};

function SurveyForm({ instruments, orgId }: { instruments: InstrumentSummary[]; orgId: string }) {
  const programme = useCurrentProgramme(orgId);
  const navigate = useNavigate();
  const invalidate = useInvalidateOrg(orgId);
  const queryClient = useQueryClient();
  const listPath = `/organisations/${orgId}/surveys`;
  const form = useForm<SurveyValues, SurveyView>({
    initialValues: initialSurveyValues(),
    validate: (v) => validateSurvey(v, instruments),
    submit: (v) => createSurvey(orgId, surveyInput(v, instruments, programme.data?.id ?? null)),
    onSuccess: (survey) => {
      queryClient.setQueryData(surveyKeys.one(orgId, survey.id), survey);
      void invalidate();
      navigate(`${listPath}/${survey.id}`, { state: { flash: `${survey.title} has been saved as a draft. Check its settings, then launch it.` } });
    },
  });
  const instrument = instruments.find((i) => i.ref === form.values.instrumentRef);
  const languages = instrument?.languages ?? ['en'];

  return (
    <Form form={form} submitLabel="Save as a draft" pendingLabel="Saving" actions={<p><Link to={listPath}>Cancel</Link></p>}>
      <TextInput name="title" label="Survey title" hint="People see this in their invitation and at the top of the questionnaire, for example ‘Real-team check, spring 2026’." />
      <InstrumentRadios name="instrumentRef" instruments={instruments} />
      <h2 className="nhsuk-heading-m">When it is open</h2>
      <DateInput name="opensOn" legend="Opening date" hint="The first day people can answer. For example, 2 3 2026" />
      <DateInput name="closesOn" legend="Closing date" hint="The last day people can answer. For example, 30 4 2026" />
      <h2 className="nhsuk-heading-m">Who is asked</h2>
      {choosesAudience(instrument) ? (
        <Radios
          name="audienceScope"
          legend="Audience"
          hint="Everyone on the staff list in the audience when you launch is included."
          options={[
            { value: 'whole', label: 'The whole organisation' },
            { value: 'units', label: 'Choose units', conditional: <UnitPicker name="audience.unitIds" /> },
          ]}
        />
      ) : null}
      {choosesAudience(instrument) ? (
        <AudienceFacets orgId={orgId} />
      ) : (
        <InsetText>
          <p>Patients, service users and carers are not on the staff list. Anyone with the link or a paper copy can answer, and they choose the ward or service they are answering about.</p>
        </InsetText>
      )}
      <h2 className="nhsuk-heading-m">Anonymity</h2>
      <TextInput
        name="anonymityThreshold"
        label="Anonymity threshold"
        hint="Results are shown only for groups with at least this many responses: at least 5; 11 is the NHS Staff Survey rule."
        inputMode="numeric"
        width="3"
      />
      <TextInput
        name="commentThreshold"
        label="Comment threshold (optional)"
        hint="Written comments are easier to trace to a person, so they can need a larger group. Leave it empty to use 15, or the anonymity threshold if that is higher."
        inputMode="numeric"
        width="3"
      />
      <h2 className="nhsuk-heading-m">Reaching people</h2>
      <Checkboxes
        name="languages"
        legend="Languages"
        hint={!instrument ? 'The languages on offer depend on the questionnaire.' : languages.length > 1 ? 'People choose their language when they answer.' : 'This questionnaire is only available in English.'}
        options={languages.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
      />
      <Checkboxes name="modes" legend="How people are reached" hint="Select all that apply." options={modesFor(instrument).map((m) => ({ value: m, label: MODE_LABELS[m], hint: MODE_HINTS[m] }))} />
      <p>The survey is saved as a draft. Nobody is contacted until you launch it.</p>
    </Form>
  );
}

/** Optional narrowing by pay band and staff group, from what is on the staff list. */
function AudienceFacets({ orgId }: { orgId: string }) {
  const facets = useStaffFacets(orgId);
  const options = (items: Facet[]) => items.map((f) => ({ value: f.value, label: `${f.value} (${f.count.toLocaleString('en-GB')})` }));
  if (!facets.data) return null;
  return (
    <>
      {facets.data.payBands.length > 0 && (
        <Checkboxes name="audience.payBands" legend="Pay bands (optional)" hint="Leave all unticked to include every band. The survey is mainly for Band 7 and above when it is about leadership." options={options(facets.data.payBands)} />
      )}
      {facets.data.staffGroups.length > 0 && (
        <Checkboxes name="audience.staffGroups" legend="Staff groups (optional)" hint="Leave all unticked to include every staff group." options={options(facets.data.staffGroups)} />
      )}
    </>
  );
}

export function CreateSurveyPage() {
  const orgId = useOrgId();
  const instruments = usePublishedInstruments(orgId);
  // Fetched now, so choosing "Choose units" shows the tree at once instead of a loading message.
  useUnits(orgId);
  useStaffFacets(orgId);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/organisations/${orgId}/surveys`}>Back to surveys</BackLink>
        <PageHeading>Create a survey</PageHeading>
        <QueryView query={instruments} loading="Loading the questionnaires">
          {(items) => <SurveyForm instruments={items} orgId={orgId} />}
        </QueryView>
      </div>
    </div>
  );
}
