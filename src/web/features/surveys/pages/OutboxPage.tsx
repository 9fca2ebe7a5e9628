// The outbox: the emails Cultivate would have sent, newest first, for an organisation with no
// mail server set up. Reminders appear as one summary each, never as a list of people.
import { useSearchParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { withQuery } from '../../../api/query-string.js';
import { Details, InsetText, Tag } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Pagination, ResultCount } from '../../../components/Pagination.js';
import { formatDateTime } from '../../../lib/dates.js';
import type { OutboxMessage } from '../api/survey-types.js';
import { useOutbox } from '../api/useSurveys.js';
import { deliveryText, outboxKind } from '../lib/outbox.js';

const PAGE_SIZE = 20;

function Message({ message }: { message: OutboxMessage }) {
  const kind = outboxKind(message.kind);
  return (
    <li className="app-outbox-message">
      <h2 className="nhsuk-heading-s">{message.subject}</h2>
      <p className="nhsuk-body-s">
        <Tag colour={kind.colour}>{kind.label}</Tag> {kind.summary ? 'Sent to' : 'To'} <span className="app-break-anywhere">{message.recipient}</span>, written{' '}
        {formatDateTime(message.createdAt)}. {deliveryText(message)}
      </p>
      <Details summary={kind.summary ? 'What was recorded' : 'Show the message'}>
        <p className="app-message-body">{message.body}</p>
      </Details>
    </li>
  );
}

export function OutboxPage() {
  const orgId = useOrgId();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const outbox = useOutbox(orgId, page, PAGE_SIZE);
  return (
    <QueryView query={outbox} loading="Loading the outbox">
      {(result) => (
        <>
          <PageHeading>Outbox</PageHeading>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <p>
                Every email Cultivate writes is listed here, newest first. With a mail server set up, messages are sent and their personal links are removed
                from the copies kept here. Without one, Cultivate writes the emails here instead, so you can check them or pass them on by hand.
              </p>
              <p>
                Reminders are never kept: they go straight to the mail server, and only a count is noted here, because a list of the people reminded would be
                a list of the people who have not answered.
              </p>
              {result.total === 0 ? (
                <InsetText>
                  <p>The outbox is empty. Invitations appear here when a survey with personal invitations is launched.</p>
                </InsetText>
              ) : (
                <>
                  <ResultCount page={result.page} pageSize={result.pageSize} total={result.total} noun={['message', 'messages']} updating={outbox.isPlaceholderData} />
                  <ul className="nhsuk-list app-outbox">
                    {result.items.map((m) => (
                      <Message key={m.id} message={m} />
                    ))}
                  </ul>
                  <Pagination
                    page={result.page}
                    pageSize={result.pageSize}
                    total={result.total}
                    hrefFor={(n) => withQuery(`/organisations/${orgId}/outbox`, { page: n === 1 ? undefined : n })}
                  />
                </>
              )}
            </div>
          </div>
        </>
      )}
    </QueryView>
  );
}
