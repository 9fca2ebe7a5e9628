// The programme's focus groups and board interviews: one table each, with who facilitates, who
// takes part, whether consent is recorded and how many notes are coded; then the guides, the
// second coding and the agreement between coders.
import { Link } from 'react-router';
import { useCan } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { ButtonLink } from '../../../components/Button.js';
import { Tag } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Table } from '../../../components/Table.js';
import { formatDate } from '../../../lib/dates.js';
import type { ConversationSummary, GuideKind } from '../api/conversations-api.js';
import { useConversationList } from '../api/useConversations.js';
import { WithProgramme, type ProgrammeScope } from '../components/WithProgramme.js';
import { groupText, KIND_WORDS } from '../lib/session-form.js';

const HEADINGS: Record<GuideKind, string> = { focus_group: 'Focus groups', board_interview: 'Board interviews' };

function KindSection({ scope, kind, sessions }: { scope: ProgrammeScope; kind: GuideKind; sessions: ConversationSummary[] }) {
  const canWrite = useCan('conversations.write');
  const words = KIND_WORDS[kind];
  return (
    <section aria-labelledby={`${kind}-heading`}>
      <h2 className="nhsuk-heading-m" id={`${kind}-heading`}>
        {HEADINGS[kind]}
      </h2>
      <p>
        <Link to={scope.base(`/guides/${kind}`)}>Read the {words.guide}</Link>
      </p>
      {canWrite && (
        <ButtonLink to={scope.base(`/new?kind=${kind}`)} variant="secondary">
          {`Plan a ${words.one}`}
        </ButtonLink>
      )}
      {sessions.length === 0 ? (
        <p>No {words.many} have been planned yet.</p>
      ) : (
        <Table
          caption={HEADINGS[kind]}
          captionHidden
          columns={[
            {
              header: 'Session',
              rowHeader: true,
              cell: (s: ConversationSummary) => (
                <>
                  <Link to={scope.base(`/${s.id}`)}>{s.title}</Link>
                  {s.mobile && (
                    <>
                      {' '}
                      <Tag colour="aqua-green">Mobile</Tag>
                    </>
                  )}
                </>
              ),
            },
            { header: 'Date', cell: (s) => formatDate(s.heldOn) || 'Not fixed' },
            { header: 'Facilitator', cell: (s) => s.facilitator?.name ?? 'Not chosen' },
            { header: kind === 'focus_group' ? 'Group' : 'Board role', cell: (s) => groupText(s) || 'Not given' },
            { header: 'People', numeric: true, cell: (s) => (s.participants === null ? '–' : s.participants) },
            { header: 'Consent', cell: (s) => (s.consent ? <Tag colour="green">Recorded</Tag> : <Tag colour="yellow">Not yet</Tag>) },
            { header: 'Notes coded', cell: (s) => (s.excerpts === 0 ? 'No notes' : `${s.coded} of ${s.excerpts}`) },
          ]}
          rows={sessions}
          rowKey={(s) => s.id}
        />
      )}
    </section>
  );
}

function Overview({ scope }: { scope: ProgrammeScope }) {
  const list = useConversationList(scope);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <PageHeading caption={scope.programmeName}>Focus groups and board interviews</PageHeading>
        <p className="nhsuk-lede-text">What staff and the board say about the culture, in their own words, noted against the programme’s guides and coded to the cultural elements.</p>
        <QueryView query={list} loading="Loading the sessions">
          {(sessions) => (
            <>
              <KindSection scope={scope} kind="focus_group" sessions={sessions.filter((s) => s.kind === 'focus_group')} />
              <KindSection scope={scope} kind="board_interview" sessions={sessions.filter((s) => s.kind === 'board_interview')} />
            </>
          )}
        </QueryView>
        <h2 className="nhsuk-heading-m">Checking the coding</h2>
        <p>A second person codes a sample of the notes without seeing the first coding. How often the two agree shows whether the codes mean the same thing to everyone.</p>
        <ul className="nhsuk-list">
          <li>
            <Link to={scope.base('/second-coding')}>Second coding</Link>
          </li>
          <li>
            <Link to={scope.base('/agreement')}>Agreement between coders</Link>
          </li>
        </ul>
      </div>
    </div>
  );
}

export function ConversationsPage() {
  return <WithProgramme title="Focus groups and board interviews">{(scope) => <Overview scope={scope} />}</WithProgramme>;
}
