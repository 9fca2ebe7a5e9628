// How big the leadership community is and where it sits: leaders against all staff in post
// (head count, FTE, share), then by pay band (in pay-band order, as the report gives them) and
// by staff group. The first question of the programme's leadership workforce analysis.
import type { LeadersRow } from '../../../../core/workforce/leaders.js';
import { formatDate } from '../../../lib/dates.js';
import { allNone, formatCount, formatShare } from '../lib/cells.js';
import { count, FigureTable, fte, share, WorkforceSection, type FigureRow } from './FigureTable.js';

type Breakdown = LeadersRow['byPayBand'];

const breakdownRows = (items: Breakdown): FigureRow[] =>
  items
    .filter((b) => !allNone([b.leaders, b.fte, b.shareOfWorkforce]))
    .map((b) => ({ key: b.category, label: b.category === 'Unknown' ? 'Not known' : b.category, figures: [count(b.leaders), fte(b.fte), share(b.shareOfWorkforce)] }));

function Headline({ row }: { row: LeadersRow }) {
  const { leaders, workforce, leaderShare } = row;
  if (leaders.status !== 'shown' || workforce.status !== 'shown' || leaderShare.status !== 'shown') return null;
  return (
    <p className="nhsuk-body-l">
      {formatCount(leaders.value)} leaders: {formatShare(leaderShare.value)} of the {formatCount(workforce.value)} staff in post.
    </p>
  );
}

export function LeadersSection({ row, asOf, k, place }: { row: LeadersRow; asOf: string; k: number; place: string }) {
  const headers = ['Leaders', 'FTE', 'Share of staff in post'];
  const byBand = breakdownRows(row.byPayBand);
  const byGroup = breakdownRows(row.byStaffGroup);
  return (
    <WorkforceSection id="workforce-leaders" title="Leaders">
      <p>Staff in post on {formatDate(asOf)}. Leaders are staff marked as leaders on the staff record, staff in band 8a or above, very senior managers and consultants.</p>
      <Headline row={row} />
      <FigureTable
        caption={`Leaders and all staff in post, ${place}`}
        rowHeader="Staff"
        headers={['Head count', 'FTE', 'Share of staff in post']}
        k={k}
        rows={[
          { key: 'all', label: 'All staff in post', figures: [count(row.workforce), fte(row.workforceFte), null] },
          { key: 'leaders', label: 'Leaders', figures: [count(row.leaders), fte(row.leadersFte), share(row.leaderShare)] },
        ]}
      />
      {byBand.length > 0 ? <FigureTable caption={`Leaders by pay band, ${place}`} rowHeader="Pay band" headers={headers} k={k} rows={byBand} /> : <p>There are no leaders in post here.</p>}
      {byGroup.length > 0 && <FigureTable caption={`Leaders by staff group, ${place}`} rowHeader="Staff group" headers={headers} k={k} rows={byGroup} />}
    </WorkforceSection>
  );
}
