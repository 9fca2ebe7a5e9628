// Succession cover for key roles: of the posts the organisation marks as critical leadership
// posts, how many have a successor ready now, and how many are most at risk (the holder near
// retirement and nobody ready). Counts only: no post or holder is named.
import type { SuccessionRow } from '../../../../core/workforce/succession.js';
import { formatDate } from '../../../lib/dates.js';
import { count, FigureTable, share, WorkforceSection } from './FigureTable.js';

export function SuccessionSection({ row, asOf, riskAge, k, place }: { row: SuccessionRow; asOf: string; riskAge: number; k: number; place: string }) {
  return (
    <WorkforceSection id="workforce-succession" title="Succession cover">
      <p>
        Key roles are the posts the organisation marks as critical leadership posts, counted where the holder is in post on {formatDate(asOf)} (an empty post has no record). With small teams most figures
        are hidden, so read them at division or directorate level.
      </p>
      <FigureTable
        caption={`Succession cover for key roles, ${place}`}
        rowHeader="Figure"
        headers={['Value']}
        k={k}
        rows={[
          { key: 'keyRoles', label: 'Key roles', figures: [count(row.keyRoles)] },
          { key: 'covered', label: 'With at least one successor ready now', figures: [count(row.covered)] },
          { key: 'cover', label: 'Succession cover', figures: [share(row.cover)] },
          { key: 'risk', label: `Holder aged ${riskAge} or over with no successor ready now`, figures: [count(row.highestRisk)] },
          { key: 'riskShare', label: 'Share of key roles at highest risk', figures: [share(row.highestRiskShare)] },
          { key: 'successors', label: 'Successors ready now', figures: [count(row.readyNowSuccessors)] },
        ]}
      />
    </WorkforceSection>
  );
}
