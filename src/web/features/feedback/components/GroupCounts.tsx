import { Table } from '../../../components/Table.js';
import type { GroupCount } from '../api/feedback-api.js';
import { GROUP_LABELS, orderedCounts } from './feedback-display.js';

/** Invited and answered, group by group. */
export function GroupCounts({ groups, caption, captionHidden }: { groups: readonly GroupCount[]; caption: string; captionHidden?: boolean }) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      captionHidden={captionHidden}
      columns={[
        { header: 'Group', cell: (g: GroupCount) => GROUP_LABELS[g.group], rowHeader: true },
        { header: 'Asked', cell: (g) => g.invited, numeric: true },
        { header: 'Answered', cell: (g) => g.answered, numeric: true },
      ]}
      rows={orderedCounts(groups)}
      rowKey={(g) => g.group}
    />
  );
}

export function StatusTag({ status }: { status: 'open' | 'closed' }) {
  return status === 'open' ? <strong className="nhsuk-tag nhsuk-tag--blue">Open</strong> : <strong className="nhsuk-tag nhsuk-tag--grey">Closed</strong>;
}
