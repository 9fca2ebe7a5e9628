// Span of control: how many people report directly to each manager, as protected counts and
// statistics per unit. The API sends no list of managers (who manages too many or too few is
// for HR with the staff record, not a board paper), so the page shows counts only, and counts
// the manager links in the record that could not be used so someone can put them right.
import type { SpanRow } from '../../../../core/workforce/span-of-control.js';
import { formatDate } from '../../../lib/dates.js';
import type { SpanLinkProblems } from '../api/workforce-api.js';
import { formatCount } from '../lib/cells.js';
import { count, decimal, FigureTable, WorkforceSection } from './FigureTable.js';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

function LinkProblems({ problems }: { problems: SpanLinkProblems }) {
  const items = [
    problems.managerNotInPost > 0 && plural(problems.managerNotInPost, 'person names a line manager who was not in post on that date', 'people name a line manager who was not in post on that date'),
    problems.managerUnknown > 0 && plural(problems.managerUnknown, 'person names a line manager who is not in the staff record', 'people name a line manager who is not in the staff record'),
    problems.managesSelf > 0 && plural(problems.managesSelf, 'person is recorded as their own line manager', 'people are recorded as their own line manager'),
    problems.cycles > 0 && plural(problems.cycles, 'loop of line managers (such as A reporting to B and B to A)', 'loops of line managers (such as A reporting to B and B to A)'),
  ].filter((x): x is string => typeof x === 'string');
  if (items.length === 0) return null;
  return (
    <>
      <p>Some line-manager links in the staff record could not be counted, across the whole organisation:</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {items.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </>
  );
}

interface SpanSectionProps {
  row: SpanRow;
  asOf: string;
  min: number;
  max: number;
  linkProblems: SpanLinkProblems;
  k: number;
  place: string;
}

export function SpanSection({ row, asOf, min, max, linkProblems, k, place }: SpanSectionProps) {
  return (
    <WorkforceSection id="workforce-span" title="Span of control">
      <p>
        How many people report directly to each manager, on {formatDate(asOf)}. Spans wider than {max} leave managers little time for each person; spans narrower than {min} can mean layers of management
        that add little.
      </p>
      <FigureTable
        caption={`Direct reports per manager, ${place}`}
        rowHeader="Figure"
        headers={['Value']}
        k={k}
        rows={[
          { key: 'managers', label: 'Managers (people with at least one direct report)', figures: [count(row.managers)] },
          { key: 'median', label: 'Median direct reports', figures: [decimal(row.median)] },
          { key: 'lower', label: 'Lower quartile', figures: [decimal(row.lowerQuartile)] },
          { key: 'upper', label: 'Upper quartile', figures: [decimal(row.upperQuartile)] },
          { key: 'largest', label: 'Largest span', figures: [count(row.largest)] },
          { key: 'over', label: `Managers with more than ${max} direct reports`, figures: [count(row.overMax)] },
          { key: 'under', label: `Managers with fewer than ${min} direct reports`, figures: [count(row.underMin)] },
        ]}
      />
      <p>Individual managers are not listed here: HR can review them with the staff record.</p>
      <LinkProblems problems={linkProblems} />
    </WorkforceSection>
  );
}
