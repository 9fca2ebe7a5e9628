// Turnover and stability over the 12 months to the date: is the organisation keeping its
// leaders, and its staff, long enough for a culture to take hold? All staff beside leaders,
// then why people left, and leadership vacancy where the organisation gives its funded posts.
import type { TurnoverFigures, TurnoverRow } from '../../../../core/workforce/turnover.js';
import { allNone } from '../lib/cells.js';
import { periodInWords } from '../lib/words.js';
import { count, decimal, FigureTable, fte, plain, share, WorkforceSection, type Figure, type FigureRow } from './FigureTable.js';

const LINES: { key: keyof TurnoverFigures; label: string; as: (c: TurnoverFigures[keyof TurnoverFigures]) => Figure }[] = [
  { key: 'inPostDuringPeriod', label: 'In post at some time in the period', as: count },
  { key: 'inPostAtStart', label: 'In post at the start', as: count },
  { key: 'inPostAtEnd', label: 'In post at the end', as: count },
  { key: 'averageHeadcount', label: 'Average head count', as: decimal },
  { key: 'leavers', label: 'Leavers', as: count },
  { key: 'turnoverRate', label: 'Turnover rate', as: share },
  { key: 'stabilityCohort', label: 'In post at the start with at least a year’s service', as: count },
  { key: 'stayed', label: 'Of those, still in post at the end', as: count },
  { key: 'stabilityIndex', label: 'Stability index', as: share },
];

export function TurnoverSection({ row, from, to, k, place }: { row: TurnoverRow; from: string; to: string; k: number; place: string }) {
  const period = periodInWords(from, to);
  const figures: FigureRow[] = LINES.map((l) => ({ key: l.key, label: l.label, figures: [l.as(row.all[l.key]), l.as(row.leaders[l.key])] }));
  const reasons: FigureRow[] = row.leavingReasons
    .filter((r) => !allNone([r.all, r.leaders]))
    .map((r) => ({ key: r.reason, label: r.reason === 'Unknown' ? 'Not known' : r.reason, figures: [count(r.all), count(r.leaders)] }));
  const vacancy = row.vacancy;
  return (
    <WorkforceSection id="workforce-turnover" title="Turnover and stability">
      <p>For the 12 months from {period}. Turnover is leavers divided by the average head count; the stability index is the share of established staff who stayed.</p>
      <FigureTable caption={`Turnover and stability, ${period}, ${place}`} rowHeader="Figure" headers={['All staff', 'Leaders']} k={k} rows={figures} />
      {reasons.length > 0 ? (
        <FigureTable caption={`Why people left, ${place}`} rowHeader="Leaving reason" headers={['All leavers', 'Leaders who left']} k={k} rows={reasons} />
      ) : (
        <p>Nobody left in this period.</p>
      )}
      {vacancy && (
        <FigureTable
          caption={`Leadership vacancy at the end of the period, ${place}`}
          rowHeader="Figure"
          headers={['Value']}
          k={k}
          rows={[
            { key: 'establishment', label: 'Funded leader posts (FTE)', figures: [plain(vacancy.establishment, 'fte')] },
            { key: 'fte', label: 'Leaders in post (FTE)', figures: [fte(vacancy.leadersFte)] },
            { key: 'rate', label: 'Vacancy rate', figures: [share(vacancy.vacancyRate)] },
          ]}
        />
      )}
    </WorkforceSection>
  );
}
