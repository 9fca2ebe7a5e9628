// A discussion guide to read before (or print for) a session: the introduction to read out, each
// question with its prompts, the cultural elements it explores and its suggested time, and the
// closing. The programme's own copy once edited; the built-in guide until then.
import { useParams } from 'react-router';
import { useCan } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { ButtonLink } from '../../../components/Button.js';
import { InsetText, Tag } from '../../../components/content.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { formatDateTime } from '../../../lib/dates.js';
import { NotFoundPage } from '../../errors/pages/NotFoundPage.js';
import type { GuideKind, GuideState } from '../api/conversations-api.js';
import { useGuide } from '../api/useConversations.js';
import { WithProgramme, type ProgrammeScope } from '../components/WithProgramme.js';
import { behaviourName, elementName } from '../lib/coding.js';
import { isKind, KIND_WORDS } from '../lib/session-form.js';

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const minutesText = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;

function GuideView({ scope, state }: { scope: ProgrammeScope; state: GuideState }) {
  const canWrite = useCan('conversations.write');
  const { guide } = state;
  const words = KIND_WORDS[guide.kind];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={scope.base()}>Back to focus groups and interviews</BackLink>
        <PageHeading caption={words.guide.replace(/^./, (x) => x.toUpperCase())} title={guide.title}>
          {guide.title}
        </PageHeading>
        <p>
          {state.builtIn ? <Tag colour="blue">Built-in guide</Tag> : <Tag colour="purple">Edited for this programme</Tag>}{' '}
          {state.updatedAt && <span className="nhsuk-body-s">Last changed {formatDateTime(state.updatedAt)}</span>}
        </p>
        <p>
          About {minutesText(state.minutes)} in all, with {guide.questions.length} {guide.questions.length === 1 ? 'question' : 'questions'}.
        </p>
        <InsetText>
          <p>Sessions already planned keep the questions they were planned with. Changes to the guide apply to sessions planned after them.</p>
        </InsetText>
        {canWrite && (
          <ButtonLink to={scope.base(`/guides/${guide.kind}/edit`)} variant="secondary">
            Change the guide
          </ButtonLink>
        )}

        <h2 className="nhsuk-heading-m">Introduction ({minutesText(guide.introMinutes)})</h2>
        {paragraphs(guide.intro).map((p) => (
          <p key={p}>{p}</p>
        ))}

        <h2 className="nhsuk-heading-m">Questions</h2>
        <ol className="nhsuk-list">
          {guide.questions.map((q, i) => (
            <li key={q.id} className="nhsuk-u-margin-bottom-5">
              <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
                Question {i + 1} ({minutesText(q.minutes)})
              </h3>
              <p className="nhsuk-u-margin-bottom-2">{q.text}</p>
              {q.prompts.length > 0 && (
                <>
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">If the group needs help to get going or to go deeper:</p>
                  <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
                    {q.prompts.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </>
              )}
              <p className="nhsuk-body-s">
                <span className="nhsuk-u-visually-hidden">Explores: </span>
                {q.elements.map((e) => (
                  <span key={e}>
                    <Tag colour="white">{elementName(e)}</Tag>{' '}
                  </span>
                ))}
                {(q.behaviours ?? []).map((b) => (
                  <span key={b}>
                    <Tag colour="grey">{behaviourName(b)}</Tag>{' '}
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ol>

        <h2 className="nhsuk-heading-m">Closing ({minutesText(guide.closingMinutes)})</h2>
        {paragraphs(guide.closing).map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
    </div>
  );
}

function Loaded({ scope, kind }: { scope: ProgrammeScope; kind: GuideKind }) {
  const guide = useGuide(scope, kind);
  return (
    <QueryView query={guide} loading="Loading the guide">
      {(state) => <GuideView scope={scope} state={state} />}
    </QueryView>
  );
}

export function GuidePage() {
  const { kind } = useParams();
  if (!isKind(kind)) return <NotFoundPage />;
  return <WithProgramme title="Guide">{(scope) => <Loaded scope={scope} kind={kind} />}</WithProgramme>;
}
