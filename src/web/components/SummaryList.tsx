import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface SummaryRow {
  key: string;
  value: ReactNode;
  /** A "Change" link; the visually hidden text says what changes, for screen reader users. */
  action?: { to: string; label?: string; hiddenText: string };
}

export function SummaryList({ rows, noBorder }: { rows: readonly SummaryRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((r) => r.action);
  return (
    <dl className={`nhsuk-summary-list${noBorder ? ' nhsuk-summary-list--no-border' : ''}`}>
      {rows.map((row) => (
        <div className={`nhsuk-summary-list__row${anyActions && !row.action ? ' nhsuk-summary-list__row--no-actions' : ''}`} key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
          {row.action && (
            <dd className="nhsuk-summary-list__actions">
              <Link to={row.action.to}>
                {row.action.label ?? 'Change'}
                <span className="nhsuk-u-visually-hidden"> {row.action.hiddenText}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
