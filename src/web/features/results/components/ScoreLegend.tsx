// How to read a score table: what the scores are, what the colours and marks mean against the
// reference row, and why a cell can be hidden.
import { hiddenExplanation } from '../lib/heatmap-display.js';

export function ScoreLegend({ threshold, reference, place = 'unit' }: { threshold: number; reference: string; place?: 'unit' | 'group' }) {
  return (
    <>
      <h2 className="nhsuk-heading-m">Reading the table</h2>
      <p>Each score is out of 10, as in the NHS Staff Survey: answers are spread evenly from 0 for the least positive to 10 for the most. A unit’s score includes every unit below it, and each score is compared with {reference}.</p>
      <ul className="app-heat-legend">
        <li><span className="app-heat app-heat--much-higher">7.6 ▲</span> 0.5 or more above {reference}</li>
        <li><span className="app-heat app-heat--higher">7.3 ▲</span> 0.2 to 0.5 above</li>
        <li><span className="app-heat app-heat--similar">7.1</span> within 0.2 of {reference}</li>
        <li><span className="app-heat app-heat--lower">6.8 ▼</span> 0.2 to 0.5 below</li>
        <li><span className="app-heat app-heat--much-lower">6.4 ▼</span> 0.5 or more below</li>
      </ul>
      <dl className="nhsuk-summary-list nhsuk-summary-list--no-border">
        <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">Too few</dt><dd className="nhsuk-summary-list__value">{hiddenExplanation('too_few', threshold)}</dd></div>
        <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">Hidden</dt><dd className="nhsuk-summary-list__value">{hiddenExplanation('protects_another', threshold)}</dd></div>
        <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">–</dt><dd className="nhsuk-summary-list__value">{hiddenExplanation('none', threshold, 'this', place)}</dd></div>
      </dl>
    </>
  );
}
