// One focus group or board interview: its details, consent, adding notes, and the notes under
// the guide's questions with their coding. Notes can be kept only once consent is recorded.
import { useParams } from 'react-router';
import { useCan } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import type { Conversation } from '../api/conversations-api.js';
import { useConversation, useSetConversation } from '../api/useConversations.js';
import { AddNotes } from '../components/AddNotes.js';
import { ConsentSection } from '../components/ConsentSection.js';
import { LiveRegion, useAnnouncer } from '../../../components/LiveRegion.js';
import { NotesSection } from '../components/NotesSection.js';
import { SessionDetails } from '../components/SessionDetails.js';
import { WithProgramme, type ProgrammeScope } from '../components/WithProgramme.js';
import { KIND_WORDS } from '../lib/session-form.js';

function Session({ scope, conversation: c }: { scope: ProgrammeScope; conversation: Conversation }) {
  const canWrite = useCan('conversations.write');
  const setConversation = useSetConversation(scope);
  const [message, announce] = useAnnouncer();
  const kind = KIND_WORDS[c.kind];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={scope.base()}>Back to focus groups and interviews</BackLink>
        <PageHeading caption={kind.one.replace(/^./, (x) => x.toUpperCase())} title={c.title}>
          {c.title}
        </PageHeading>
        <LiveRegion message={message} />
        <nav className="nhsuk-contents-list" aria-label="On this page">
          <ul className="nhsuk-contents-list__list">
            <li className="nhsuk-contents-list__item">
              <a className="nhsuk-contents-list__link" href="#details-heading">
                Details
              </a>
            </li>
            <li className="nhsuk-contents-list__item">
              <a className="nhsuk-contents-list__link" href="#consent-heading">
                Consent
              </a>
            </li>
            {canWrite && c.consent && (
              <li className="nhsuk-contents-list__item">
                <a className="nhsuk-contents-list__link" href="#add-notes-heading">
                  Add notes
                </a>
              </li>
            )}
            <li className="nhsuk-contents-list__item">
              <a className="nhsuk-contents-list__link" href="#notes-heading">
                Notes and coding
              </a>
            </li>
          </ul>
        </nav>

        <h2 className="nhsuk-heading-m" id="details-heading">
          Details
        </h2>
        <SessionDetails conversation={c} editPath={scope.base(`/${c.id}/edit`)} canWrite={canWrite} />

        <ConsentSection scope={scope} conversation={c} canWrite={canWrite} onConversation={setConversation} announce={announce} />

        {c.consent ? (
          canWrite && <AddNotes scope={scope} conversation={c} onConversation={setConversation} />
        ) : (
          <p>Notes can be added once consent is recorded.</p>
        )}

        <NotesSection scope={scope} conversation={c} canWrite={canWrite} onConversation={setConversation} announce={announce} />
      </div>
    </div>
  );
}

function Loaded({ scope, id }: { scope: ProgrammeScope; id: string }) {
  const conversation = useConversation(scope, id);
  return (
    <QueryView query={conversation} loading="Loading the session">
      {(c) => <Session scope={scope} conversation={c} />}
    </QueryView>
  );
}

export function SessionPage() {
  const { conversationId = '' } = useParams();
  return <WithProgramme title="Session">{(scope) => <Loaded scope={scope} id={conversationId} />}</WithProgramme>;
}
