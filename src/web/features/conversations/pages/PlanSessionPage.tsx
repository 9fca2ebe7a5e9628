// Plan a focus group or a board interview against the programme's guide: ?kind= says which; with
// no kind, the first question is which one. The guide's questions are copied onto the session,
// so its notes keep their questions even if the guide is edited later.
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../../app/session.js';
import { Form } from '../../../components/forms/Form.js';
import { Radios } from '../../../components/forms/fields.js';
import { useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { planConversation, type GuideKind } from '../api/conversations-api.js';
import { useFacilitatorOptions, useSetConversation } from '../api/useConversations.js';
import { SessionFields } from '../components/SessionFields.js';
import { WithProgramme, type ProgrammeScope } from '../components/WithProgramme.js';
import { emptyValues, fieldsFrom, isKind, KIND_WORDS, validateSession } from '../lib/session-form.js';

function ChooseKind({ scope }: { scope: ProgrammeScope }) {
  const [, setParams] = useSearchParams();
  const form = useForm({
    initialValues: { kind: '' },
    validate: (v) => (isKind(v.kind) ? [] : [{ field: 'kind', message: 'Select a focus group or a board interview' }]),
    submit: async (v) => v.kind,
    // Only the query changes, so the layout does not move focus: the next page's heading takes it.
    onSuccess: (kind) => setParams({ kind }, { state: { focusHeading: true } }),
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={scope.base()}>Back to focus groups and interviews</BackLink>
        <Form form={form} submitLabel="Continue">
          <Radios
            name="kind"
            legend={<PageHeading className="nhsuk-fieldset__heading">What are you planning?</PageHeading>}
            legendSize="l"
            options={[
              { value: 'focus_group', label: 'A focus group', hint: 'A group of staff talking about what it is like to work here' },
              { value: 'board_interview', label: 'A board interview', hint: 'One board member or senior leader, about an hour' },
            ]}
          />
        </Form>
      </div>
    </div>
  );
}

function PlanForm({ scope, kind }: { scope: ProgrammeScope; kind: GuideKind }) {
  const navigate = useNavigate();
  const location = useLocation();
  const { session } = useSession();
  const setConversation = useSetConversation(scope);
  const { options } = useFacilitatorOptions(scope, null);
  const words = KIND_WORDS[kind];
  const form = useForm({
    initialValues: emptyValues(session?.user?.id ?? ''),
    validate: (v) => validateSession(v, kind),
    submit: (v) => planConversation(scope.orgId, scope.programmeId, kind, fieldsFrom(v, kind)),
    onSuccess: (conversation) => {
      setConversation(conversation);
      navigate(scope.base(`/${conversation.id}`), { state: { flash: `The ${words.one} has been planned. Record consent before you add any notes.` } });
    },
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={scope.base()}>Back to focus groups and interviews</BackLink>
        <PageHeading caption={scope.programmeName} focusOnMount={(location.state as { focusHeading?: boolean } | null)?.focusHeading === true}>
          {`Plan a ${words.one}`}
        </PageHeading>
        <p>
          The session will use the programme’s <Link to={scope.base(`/guides/${kind}`)}>{words.guide}</Link>. You can change these details later.
        </p>
        <Form form={form} submitLabel={`Plan the ${words.one}`} pendingLabel="Saving" errorTitle={`The ${words.one} was not planned`}>
          <SessionFields kind={kind} facilitators={options} />
        </Form>
      </div>
    </div>
  );
}

export function PlanSessionPage() {
  const [params] = useSearchParams();
  const kind = params.get('kind');
  return <WithProgramme title="Plan a session">{(scope) => (isKind(kind) ? <PlanForm key={kind} scope={scope} kind={kind} /> : <ChooseKind scope={scope} />)}</WithProgramme>;
}
