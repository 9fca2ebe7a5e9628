import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
  /** The cell names its row (a person, a unit): rendered as <th scope="row">. */
  rowHeader?: boolean;
}

interface TableProps<T> {
  caption: ReactNode;
  captionSize?: 's' | 'm' | 'l';
  /** Keep the caption for screen readers only, when a heading just above says the same. */
  captionHidden?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
}

/** Whether the element is narrower than its content, kept up to date as either resizes. */
function useScrollable(ref: React.RefObject<HTMLElement | null>): boolean {
  const [scrollable, setScrollable] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // NHS.UK tables are 4px wider than their container on purpose (their borders overhang): allow for it.
    const check = () => setScrollable(el.scrollWidth > el.clientWidth + 8);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return scrollable;
}

/** NHS.UK table inside the NHS.UK scroll container, so wide tables scroll on a phone instead of breaking the page. */
export function Table<T>({ caption, captionSize = 'm', captionHidden, columns, rows, rowKey }: TableProps<T>) {
  const captionId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const scrollable = useScrollable(scroller);
  const captionClass = captionHidden ? 'nhsuk-u-visually-hidden' : `nhsuk-table__caption nhsuk-table__caption--${captionSize}`;
  return (
    <div className={`nhsuk-scroll${scrollable ? '' : ' app-scroll--fits'}`}>
      {/* When it scrolls, the region takes focus so it can be scrolled by keyboard (WCAG 2.1.1). */}
      <div className="nhsuk-scroll__content" role="region" aria-labelledby={captionId} tabIndex={scrollable ? 0 : undefined} ref={scroller}>
        <table className="nhsuk-table">
          <caption className={captionClass} id={captionId}>
            {caption}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              {columns.map((c, i) => (
                <th key={i} className={`nhsuk-table__header${c.numeric ? ' nhsuk-table__header--numeric' : ''}`} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((row) => (
              <tr className="nhsuk-table__row" key={rowKey(row)}>
                {columns.map((c, i) =>
                  c.rowHeader ? (
                    <th key={i} className="nhsuk-table__header" scope="row">
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={i} className={`nhsuk-table__cell${c.numeric ? ' nhsuk-table__cell--numeric' : ''}`}>
                      {c.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
