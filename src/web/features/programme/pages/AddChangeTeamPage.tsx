// Add someone to the change team in two steps: find them in the staff list, then confirm
// with an optional note of their role in the team.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { QueryView } from '../../../app/QueryView.js';
import { withQuery } from '../../../api/query-string.js';
import { Button } from '../../../components/Button.js';
import { InsetText, Loading } from '../../../components/content.js';
import { Form } from '../../../components/forms/Form.js';
import { TextInput } from '../../../components/forms/fields.js';
import { requireFields, useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SummaryList } from '../../../components/SummaryList.js';
import { NotFoundPage } from '../../errors/pages/NotFoundPage.js';
import { searchStaff, staffKey, type Person } from '../../staff/api/staff-api.js';
import { StaffTable } from '../../staff/components/StaffTable.js';
import { addToChangeTeam, type ProgrammeView } from '../api/programme-api.js';
import { useChangeTeam, useCurrentProgramme } from '../api/useProgramme.js';

const RESULTS = 20;

function FindPerson({ programme, orgId }: { programme: ProgrammeView; orgId: string }) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const q = params.get('q') ?? '';
  const team = useChangeTeam(orgId, programme.id);
  const members = new Set((team.data ?? []).map((m) => m.personId));
  const query = { q, page: 1, pageSize: RESULTS };
  const results = useQuery({
    queryKey: staffKey(orgId, query),
    queryFn: ({ signal }) => searchStaff(orgId, query, signal),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  const form = useForm({
    initialValues: { q },
    validate: (v) => requireFields(v, { q: 'Enter a name or assignment number to search for' }),
    submit: async (v) => v.q.trim(),
    onSuccess: (next) => setParams({ q: next }),
  });
  const back = `/organisations/${orgId}/programme`;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink to={back}>Back to the programme</BackLink>
        <PageHeading caption={programme.name}>Add someone to the change team</PageHeading>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <Form key={q} form={form} submitLabel="Search" submitVariant="secondary" aria-label="Search the staff list">
              <TextInput name="q" label="Search the staff list" hint="Enter a name or assignment number" type="search" spellCheck={false} />
            </Form>
          </div>
        </div>
        {q !== '' &&
          (results.isPending ? (
            <Loading what="Searching" />
          ) : results.isError ? (
            <p>The staff list could not be searched. Try again.</p>
          ) : results.data.total === 0 ? (
            <InsetText>
              <p>No one on the staff list matches “{q}”. Check the spelling, or try their assignment number.</p>
            </InsetText>
          ) : (
            <>
              <p role="status">
                {results.data.total > RESULTS ? `Showing the first ${RESULTS} of ${results.data.total} matches. Search for a fuller name to narrow them down.` : `${results.data.total} ${results.data.total === 1 ? 'match' : 'matches'}.`}
              </p>
              <StaffTable
                people={results.data.items}
                caption="People matching your search"
                extra={[
                  {
                    header: <span className="nhsuk-u-visually-hidden">Actions</span>,
                    cell: (p: Person) =>
                      members.has(p.id) ? (
                        'In the change team'
                      ) : (
                        <Button small variant="secondary" onClick={() => navigate(withQuery('', { personId: p.id }), { state: { person: p, q } })}>
                          Choose<span className="nhsuk-u-visually-hidden"> {p.fullName}</span>
                        </Button>
                      ),
                  },
                ]}
              />
            </>
          ))}
      </div>
    </div>
  );
}

function ConfirmPerson({ person, programme, orgId, q }: { person: Person; programme: ProgrammeView; orgId: string; q: string }) {
  const navigate = useNavigate();
  const invalidate = useInvalidateOrg(orgId);
  const back = `/organisations/${orgId}/programme`;
  const form = useForm({
    initialValues: { roleNote: '' },
    submit: (v) => addToChangeTeam(orgId, programme.id, { personId: person.id, roleNote: v.roleNote.trim() }),
    onSuccess: async () => {
      await invalidate();
      navigate(back, { state: { flash: `${person.fullName} has been added to the change team.` } });
    },
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={withQuery(`/organisations/${orgId}/programme/change-team/add`, { q })}>Back to the search</BackLink>
        <PageHeading caption={programme.name} focusOnMount>{`Add ${person.fullName} to the change team`}</PageHeading>
        <SummaryList
          rows={[
            { key: 'Job role', value: person.jobRole ?? '–' },
            { key: 'Pay band', value: person.payBand ?? '–' },
            { key: 'Staff group', value: person.staffGroup ?? '–' },
            { key: 'Unit', value: person.unitName },
          ]}
        />
        <Form form={form} submitLabel="Add to the change team" pendingLabel="Adding">
          <TextInput name="roleNote" label="Their role in the change team (optional)" hint="For example, focus group facilitator or staff network link" />
        </Form>
      </div>
    </div>
  );
}

export function AddChangeTeamPage() {
  const orgId = useOrgId();
  const programme = useCurrentProgramme(orgId);
  const [params] = useSearchParams();
  const location = useLocation();
  const state = location.state as { person?: Person; q?: string } | null;
  const personId = params.get('personId');
  return (
    <QueryView query={programme}>
      {(p) => {
        if (!p) return <NotFoundPage />;
        if (personId && state?.person?.id === personId) return <ConfirmPerson person={state.person} programme={p} orgId={orgId} q={state.q ?? ''} />;
        return <FindPerson programme={p} orgId={orgId} />;
      }}
    </QueryView>
  );
}

