// "Compare with an earlier survey" on a unit's results: a choice of the closed surveys that
// share measures or statements with this one (kept in the address, so it can be shared), then
// each measure and statement with the change, its p-value and what it means in words.
import { useSearchParams } from 'react-router';
import { QueryView } from '../../../app/QueryView.js';
import { Table } from '../../../components/Table.js';
import { formatDate } from '../../../lib/dates.js';
import { resultsPath, type ComparisonRow } from '../api/results-api.js';
import { DownloadLinks } from './DownloadLinks.js';
import { useComparable, useComparison } from '../api/useResults.js';

const signed = (d: number | null, digits: number) => (d === null ? '–' : d > 0 ? `+${d.toFixed(digits)}` : d < 0 ? `−${Math.abs(d).toFixed(digits)}` : (0).toFixed(digits));

function ComparisonTable({ caption, what, rows, format, digits }: { caption: string; what: string; rows: ComparisonRow[]; format: (x: number) => string; digits: number }) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      columns={[
        { header: what, rowHeader: true, cell: (r) => r.label },
        { header: 'Earlier', numeric: true, cell: (r) => (r.earlier === null ? '–' : format(r.earlier)) },
        { header: 'Now', numeric: true, cell: (r) => (r.now === null ? '–' : format(r.now)) },
        { header: 'Change', numeric: true, cell: (r) => (r.significant ? <strong>{signed(r.difference, digits)}</strong> : signed(r.difference, digits)) },
        { header: 'What it means', cell: (r) => r.reading },
      ]}
      rows={rows}
      rowKey={(r) => r.id}
    />
  );
}

export function ComparisonSection({ orgId, surveyId, unitId }: { orgId: string; surveyId: string; unitId: string }) {
  const [params, setParams] = useSearchParams();
  const earlierId = params.get('with');
  const comparable = useComparable(orgId, surveyId);
  const comparison = useComparison(orgId, surveyId, unitId, earlierId);
  if (!comparable.data || comparable.data.length === 0) return null;
  return (
    <>
      <h2 className="nhsuk-heading-m">Compare with an earlier survey</h2>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="compare-with">
          Survey to compare with
        </label>
        <select
          className="nhsuk-select"
          id="compare-with"
          value={earlierId ?? ''}
          onChange={(e) => setParams(e.target.value ? { with: e.target.value } : {}, { replace: true })}
        >
          <option value="">Choose a survey</option>
          {comparable.data.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} (closed {formatDate(s.closedAt.slice(0, 10))})
            </option>
          ))}
        </select>
      </div>
      {earlierId && (
        <QueryView query={comparison} loading="Comparing">
          {(data) => (
            <div aria-live="polite">
              <ComparisonTable caption={`Scores out of 10: ${data.earlier.title} and ${data.now.title}`} what="Measure" rows={data.measures} format={(x) => x.toFixed(1)} digits={1} />
              <ComparisonTable caption="% positive for each statement" what="Statement" rows={data.items} format={(x) => `${Math.round(x)}%`} digits={1} />
              <DownloadLinks path={resultsPath(orgId, surveyId, `/units/${encodeURIComponent(unitId)}/comparison`)} query={`&with=${encodeURIComponent(earlierId)}`} what="the comparison" />
              <p className="nhsuk-body-s">
                A change is called real when a difference that large would turn up by chance less than 1 time in 20 (p below 0.05), using Welch’s t-test for
                scores and a two-proportion z-test for % positive. A real change is not always an important one, and a small group can change a lot
                without it being clear.
              </p>
            </div>
          )}
        </QueryView>
      )}
    </>
  );
}
