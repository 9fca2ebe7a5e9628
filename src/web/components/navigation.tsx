// Back link and breadcrumbs, as NHS.UK draws them, using client-side routing.
import { Link } from 'react-router';

export function BackLink({ to, children = 'Back' }: { to: string; children?: string }) {
  return (
    <Link className="nhsuk-back-link" to={to}>
      {children}
    </Link>
  );
}

export interface Crumb {
  label: string;
  to: string;
}

/** Breadcrumbs; on small screens NHS.UK shows only a back link to the last crumb. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  const last = items[items.length - 1];
  return (
    <nav className="nhsuk-breadcrumb" aria-label="Breadcrumb">
      <ol className="nhsuk-breadcrumb__list">
        {items.map((c) => (
          <li className="nhsuk-breadcrumb__list-item" key={c.to}>
            <Link className="nhsuk-breadcrumb__link" to={c.to}>
              {c.label}
            </Link>
          </li>
        ))}
      </ol>
      {last && (
        <Link className="nhsuk-back-link" to={last.to}>
          <span className="nhsuk-u-visually-hidden">Back to </span>
          {last.label}
        </Link>
      )}
    </nav>
  );
}
