// What a reader needs to trust the figures: why some are hidden, the definitions behind them
// (in plain words, from the core's own header comments), and the problems found in the staff
// record, with the first few listed so someone can put them right.
import { Details } from '../../../components/content.js';
import type { Problem, WorkforceAnalysis } from '../api/workforce-api.js';
import { formatCount } from '../lib/cells.js';
import { fieldName, periodInWords } from '../lib/words.js';

/** How many problems to list; the count says how many there are in all. */
const LISTED = 10;

function Problems({ total, shown }: { total: number; shown: readonly Problem[] }) {
  if (total === 0) return <p>No problems were found in the staff record.</p>;
  const listed = shown.slice(0, LISTED);
  return (
    <>
      <p>
        {formatCount(total)} {total === 1 ? 'problem was' : 'problems were'} found in the staff record. A record with a problem in its dates or FTE is left out of every figure; otherwise only the
        faulty field is read as not known. Put them right in the staff file and import it again.
      </p>
      <Details summary={listed.length === total ? `Show the ${listed.length === 1 ? 'problem' : 'problems'}` : `Show the first ${listed.length} problems`}>
        <ul className="nhsuk-list nhsuk-list--bullet">
          {listed.map((p, i) => (
            <li key={`${p.id}-${p.field}-${i}`}>
              <strong>{fieldName(p.field)}:</strong> {p.message.replace(/\.$/, '')}. {p.excluded ? 'Left out of every figure.' : 'Counted with this field as not known.'}
            </li>
          ))}
        </ul>
      </Details>
    </>
  );
}

export function AboutFigures({ data }: { data: WorkforceAnalysis }) {
  const { k } = data;
  const riskAge = data.age.riskAge;
  const establishment = data.turnover.problems;
  return (
    <section className="nhsuk-u-margin-bottom-7" aria-labelledby="workforce-about">
      <h2 className="nhsuk-heading-m" id="workforce-about">
        About these figures
      </h2>
      <h3 className="nhsuk-heading-s">Hidden figures</h3>
      <p>
        Figures about fewer than {k} people are not shown (<strong>Too few</strong>). Some larger figures are hidden as well (<strong>Hidden</strong>), so that a small group cannot be worked out by
        subtracting one figure from another. A dash (–) means there is nobody in that group. Each unit’s figures include every unit within it. The downloads hide the same figures.
      </p>
      <h3 className="nhsuk-heading-s">Definitions</h3>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>
          <strong>Leaders</strong> are staff marked as leaders on the staff record, staff in Agenda for Change band 8a, 8b, 8c, 8d or 9, very senior managers (VSM) and consultants.
        </li>
        <li>
          <strong>In post</strong> on a date means started on or before it and with a last day of service on or after it.
        </li>
        <li>
          <strong>Turnover</strong> is leavers in the period ({periodInWords(data.from, data.to)}) divided by the average head count: staff in post at the start plus staff in post at the end, divided by 2.
          This is the method NHS England uses in NHS Workforce Statistics, except that people who joined and left within the period count as leavers here.
        </li>
        <li>
          <strong>Stability index</strong>: of the staff in post at the start of the period who had at least a year’s service then, the share still in post at the end. Leaving out people in their
          first year stops new starters, who leave most often, from hiding how well established staff are kept.
        </li>
        <li>
          <strong>Span of control</strong> is how many people in post report directly to a manager in post. The median and quartiles are of managers’ spans in the unit.
        </li>
        <li>
          <strong>Retirement risk</strong> is read from the age band: “{riskAge} and over” for bands starting at {riskAge} or later, “within five years” for bands starting at {riskAge - 5} to {riskAge - 1}. A
          wide band such as 51-60 counts as within five years, though some of its people are already over {riskAge}.
        </li>
        <li>
          <strong>Succession cover</strong> is key roles with at least one successor ready now, divided by all key roles whose holder is in post.
        </li>
        <li>
          <strong>Ethnic minority</strong> staff are those in any stated ethnic group other than the White groups (mixed groups included). Staff who have not stated their ethnicity or disability are
          counted as not known and left out of both groups.
        </li>
        <li>
          <strong>Relative likelihood</strong> is the share of white staff in band 8a or above (including VSM) divided by the share of ethnic minority staff in those bands; for disability, non-disabled
          staff against disabled staff, as in WDES. It borrows the form of WRES indicator 2, which is about appointment from shortlisting, so it is not the published WRES figure.
        </li>
      </ul>
      <h3 className="nhsuk-heading-s">Problems in the staff record</h3>
      <Problems total={data.problems.total} shown={data.problems.shown} />
      {establishment.length > 0 && (
        <p>
          {formatCount(establishment.length)} {establishment.length === 1 ? 'entry' : 'entries'} in the funded leader posts could not be used.
        </p>
      )}
    </section>
  );
}
