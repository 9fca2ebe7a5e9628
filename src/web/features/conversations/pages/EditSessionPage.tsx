// Change a session's details. The change names the version the form started from; if someone
// else saved first, their details are loaded into the form and nothing is overwritten.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryView } from '../../../app/QueryView.js';
import { WarningCallout } from '../../../components/content.js';
import { Form } from '../../../components/forms/Form.js';
import { useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { updateConversation, type Conversation } from '../api/conversations-api.js';
import { useConversation, useFacilitatorOptions, useSetConversation } from '../api/useConversations.js';
import { SessionFields } from '../components/SessionFields.js';
import { WithProgramme, type ProgrammeScope } from '../components/WithProgramme.js';
import { fieldsFrom, KIND_WORDS, validateSession, valuesFrom } from '../lib/session-form.js';

function EditForm({ scope, conversation }: { scope: ProgrammeScope; conversation: Conversation }) {
  const navigate = useNavigate();
  const setConversation = useSetConversation(scope);
  const [base, setBase] = useState(conversation);
  const [conflict, setConflict] = useState(false);
  const { options } = useFacilitatorOptions(scope, base.facilitator);
  const kind = base.kind;
  const back = scope.base(`/${base.id}`);
  const form = useForm({
    initialValues: valuesFrom(base),
    validate: (v) => validateSession(v, kind),
    submit: (v) => updateConversation(scope.orgId, scope.programmeId, base.id, base.version, fieldsFrom(v, kind)),
    onSuccess: (saved) => {
      setConversation(saved);
      navigate(back, { state: { flash: 'Your changes have been saved.' } });
    },
    describeError: (error) => {
      if (error.code !== 'edit_conflict') return undefined;
      const current = error.body.current as Conversation | undefined;
      if (current) {
        setBase(current);
        setConversation(current);
        form.reset(valuesFrom(current));
      }
      setConflict(true);
      return [{ field: null, message: 'Someone else changed this session after you opened it, so your changes were not saved.' }];
    },
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back}>Back to the session</BackLink>
        <PageHeading caption={base.title}>{`Change the ${KIND_WORDS[kind].one}`}</PageHeading>
        {conflict && (
          <div className="app-conflict">
            <WarningCallout heading="Someone else changed this session" level={2}>
              <p>Their version is shown in the form below. Check it, then make your change again.</p>
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
          <SessionFields kind={kind} facilitators={options} />
        </Form>
      </div>
    </div>
  );
}

function Loaded({ scope, id }: { scope: ProgrammeScope; id: string }) {
  const conversation = useConversation(scope, id);
  return <QueryView query={conversation}>{(c) => <EditForm key={c.id} scope={scope} conversation={c} />}</QueryView>;
}

export function EditSessionPage() {
  const { conversationId = '' } = useParams();
  return <WithProgramme title="Change a session">{(scope) => <Loaded scope={scope} id={conversationId} />}</WithProgramme>;
}
