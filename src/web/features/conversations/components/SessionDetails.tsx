// A session's details as a summary list, each with a change link for those who may change them.
import { Tag } from '../../../components/content.js';
import { SummaryList, type SummaryRow } from '../../../components/SummaryList.js';
import { formatDate } from '../../../lib/dates.js';
import type { Conversation } from '../api/conversations-api.js';
import { bandRange, KIND_WORDS } from '../lib/session-form.js';

export function SessionDetails({ conversation: c, editPath, canWrite }: { conversation: Conversation; editPath: string; canWrite: boolean }) {
  const change = (hiddenText: string) => (canWrite ? { to: editPath, hiddenText } : undefined);
  const group = c.kind === 'focus_group';
  const notGiven = 'Not given';
  const rows: SummaryRow[] = [
    { key: 'Kind', value: KIND_WORDS[c.kind].one.replace(/^./, (x) => x.toUpperCase()) },
    { key: 'Name', value: c.title, action: change('name') },
    { key: 'Date', value: formatDate(c.heldOn) || 'Not fixed yet', action: change('date') },
    {
      key: 'Where',
      value: (
        <>
          {c.location || notGiven} {c.mobile && <Tag colour="aqua-green">Mobile session</Tag>}
        </>
      ),
      action: change('where it is held'),
    },
    { key: 'Facilitator', value: c.facilitator?.name ?? 'Not chosen yet', action: change('facilitator') },
    ...(group
      ? [
          { key: 'Staff group', value: c.staffGroup ?? notGiven, action: change('staff group') },
          { key: 'Pay bands', value: bandRange(c.bandFrom, c.bandTo) || 'Any band', action: change('pay bands') },
          { key: 'Site', value: c.site ?? notGiven, action: change('site') },
        ]
      : [{ key: 'Board role', value: c.boardRole ?? notGiven, action: change('board role') }]),
    { key: group ? 'People taking part' : 'People interviewed', value: c.participants === null ? notGiven : String(c.participants), action: change('number of people') },
  ];
  return <SummaryList rows={rows} />;
}
