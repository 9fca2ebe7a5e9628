// Age profile and retirement risk: how much leadership experience the organisation could lose
// in the next few years. Staff records hold only an age band, so risk is read from the band's
// lower bound (core/workforce/age-profile.ts), leaders beside all staff.
import type { AgeRow, RetirementRisk } from '../../../../core/workforce/age-profile.js';
import { formatDate } from '../../../lib/dates.js';
import { allNone } from '../lib/cells.js';
import { count, FigureTable, share, WorkforceSection, type Figure, type FigureRow } from './FigureTable.js';

const RISK_LINES = (riskAge: number): { key: keyof RetirementRisk; label: string; as: (c: RetirementRisk[keyof RetirementRisk]) => Figure }[] => [
  { key: 'atRisk', label: `Aged ${riskAge} and over`, as: count },
  { key: 'shareAtRisk', label: `Share aged ${riskAge} and over`, as: share },
  { key: 'withinFiveYears', label: `Within five years of ${riskAge}`, as: count },
  { key: 'shareWithinFiveYears', label: `Share within five years of ${riskAge}`, as: share },
  { key: 'unknown', label: 'Age band not known', as: count },
];

export function AgeSection({ row, asOf, riskAge, k, place }: { row: AgeRow; asOf: string; riskAge: number; k: number; place: string }) {
  const bands: FigureRow[] = row.bands
    .filter((b) => !allNone([b.all, b.leaders]))
    .map((b) => ({ key: b.band, label: b.band === 'Unknown' ? 'Not known' : b.band, figures: [count(b.all), share(b.shareAll), count(b.leaders), share(b.shareLeaders)] }));
  const risk: FigureRow[] = RISK_LINES(riskAge).map((l) => ({ key: l.key, label: l.label, figures: [l.as(row.risk.all[l.key]), l.as(row.risk.leaders[l.key])] }));
  return (
    <WorkforceSection id="workforce-age" title="Age profile and retirement risk">
      <p>
        Staff in post on {formatDate(asOf)}, by the age band on the staff record. From {riskAge}, staff with special class status in the NHS Pension Scheme’s 1995 section (many nurses, midwives and physiotherapists) can retire on a full pension.
      </p>
      {bands.length > 0 && <FigureTable caption={`Age bands, ${place}`} rowHeader="Age band" headers={['All staff', 'Share of all staff', 'Leaders', 'Share of leaders']} k={k} rows={bands} />}
      <FigureTable caption={`Retirement risk, ${place}`} rowHeader="Figure" headers={['All staff', 'Leaders']} k={k} rows={risk} />
      <p className="nhsuk-body-s">Shares at risk are of staff whose age band is known.</p>
    </WorkforceSection>
  );
}
