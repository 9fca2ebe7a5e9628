import { Link } from 'react-router';
import { pageCount, pageItems, resultRange } from './pagination-items.js';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** The link for a page number, usually the current URL with ?page=n. */
  hrefFor: (page: number) => string;
}

const ArrowLeft = () => (
  <svg className="nhsuk-icon nhsuk-icon--arrow-left" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true">
    <path d="M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z" />
  </svg>
);

const ArrowRight = () => (
  <svg className="nhsuk-icon nhsuk-icon--arrow-right" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true">
    <path d="m14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z" />
  </svg>
);

/** NHS.UK numbered pagination. Renders nothing when everything fits on one page. */
export function Pagination({ page, pageSize, total, hrefFor }: PaginationProps) {
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  return (
    <nav className="nhsuk-pagination nhsuk-pagination--numbered" aria-label="Pagination">
      {page > 1 && (
        <Link to={hrefFor(page - 1)} className="nhsuk-pagination__previous" rel="prev">
          <ArrowLeft />
          <span className="nhsuk-pagination__title">
            Previous<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
        </Link>
      )}
      <ul className="nhsuk-pagination__list">
        {pageItems(page, pages).map((item, i) =>
          item === 'ellipsis' ? (
            <li className="nhsuk-pagination__item nhsuk-pagination__item--ellipsis" key={`e${i}`}>
              ⋯
            </li>
          ) : (
            <li className={`nhsuk-pagination__item${item === page ? ' nhsuk-pagination__item--current' : ''}`} key={item}>
              <Link className="nhsuk-pagination__link" to={hrefFor(item)} aria-label={`Page ${item}`} aria-current={item === page ? 'page' : undefined}>
                {item}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < pages && (
        <Link to={hrefFor(page + 1)} className="nhsuk-pagination__next" rel="next">
          <span className="nhsuk-pagination__title">
            Next<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
          <ArrowRight />
        </Link>
      )}
    </nav>
  );
}


/** "Showing 51 to 100 of 1,234 people", announced when the page of results changes. */
export function ResultCount({ page, pageSize, total, noun, updating }: { page: number; pageSize: number; total: number; noun: [string, string]; updating?: boolean }) {
  const { from, to } = resultRange(page, pageSize, total);
  const n = (value: number) => value.toLocaleString('en-GB');
  return (
    <p role="status">
      Showing {n(from)} to {n(to)} of {n(total)} {total === 1 ? noun[0] : noun[1]}
      {updating ? ' (updating)' : ''}
    </p>
  );
}
