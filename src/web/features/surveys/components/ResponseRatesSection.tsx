// Live response rates: the total, then each unit large enough to show, in tree order. Small
// units are only counted (the API never sends their figures). Refreshes while the survey is open.
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { InsetText } from '../../../components/content.js';
import { Table } from '../../../components/Table.js';
import { formatTime } from '../../../lib/dates.js';
import { RATES_REFRESH_MS, useResponseRates } from '../api/useSurveys.js';
import type { SurveyView } from '../api/survey-types.js';
import { formatRate, hiddenUnitsNote, rateRows, totalText, type RateRow } from '../lib/rates.js';
import { MAX_INDENT } from '../lib/unit-choices.js';

const count = (n: number | null) => (n === null ? '–' : n.toLocaleString('en-GB'));

export function ResponseRatesSection({ survey }: { survey: SurveyView }) {
  const orgId = useOrgId();
  const rates = useResponseRates(orgId, survey.id, survey.status);
  return (
    <QueryView query={rates} loading="Loading response rates">
      {(data) => {
        const note = hiddenUnitsNote(data.hiddenUnits, data.threshold);
        const rows = rateRows(data.units);
        return (
          <>
            <p className="nhsuk-body-l">{totalText(data.total)}</p>
            <p className="nhsuk-body-s">
              {survey.status === 'open'
                ? `Updated at ${formatTime(new Date(rates.dataUpdatedAt).toISOString())}. These figures refresh every ${RATES_REFRESH_MS / 1000} seconds while the survey is open.`
                : 'Final figures: the survey has closed.'}
            </p>
            {note && (
              <InsetText>
                <p>{note}</p>
              </InsetText>
            )}
            {rows.length > 0 && (
              <Table
                caption="Response rates by unit"
                captionSize="s"
                columns={[
                  { header: 'Unit', rowHeader: true, cell: (r: RateRow) => <span className={r.depth ? `app-indent-${Math.min(r.depth, MAX_INDENT)}` : undefined}>{r.name}</span> },
                  { header: 'Invited', numeric: true, cell: (r) => count(r.invited) },
                  { header: 'Responses', numeric: true, cell: (r) => count(r.responses) },
                  { header: 'Rate', numeric: true, cell: (r) => (r.rate === null ? '–' : formatRate(r.rate)) },
                ]}
                rows={rows}
                rowKey={(r) => r.unitId}
              />
            )}
          </>
        );
      }}
    </QueryView>
  );
}
