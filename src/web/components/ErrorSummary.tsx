import { createContext, useContext, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { FormProblem } from './forms/form-errors.js';
import { ErrorPrefix } from './error-prefix.js';
import { focusField } from './focus.js';

interface ErrorSummaryProps {
  problems: readonly FormProblem[];
  title?: string;
  /** Changes on every failed attempt so focus returns to the summary each time. */
  attempt?: number;
  children?: React.ReactNode;
}

/**
 * Where error summaries go: the top of <main>, above the page heading, as the NHS.UK pattern
 * asks. The layout provides the element; without one, the summary renders where it is used.
 */
export const ErrorSummarySlot = createContext<HTMLElement | null>(null);

/** NHS.UK error summary: takes focus when it appears and links to each field with a problem. */
export function ErrorSummary({ problems, title = 'There is a problem', attempt = 0, children }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const slot = useContext(ErrorSummarySlot);
  const prefix = useContext(ErrorPrefix);

  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);

  useEffect(() => {
    if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [prefix]);

  const summary = (
    <div className="nhsuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">{title}</h2>
        <div className="nhsuk-error-summary__body">
          {children}
          {problems.length > 0 && (
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {problems.map((p, i) => (
                <li key={`${p.field ?? ''}-${i}`}>
                  {p.field ? (
                    <a
                      href={`#${p.field}`}
                      onClick={(event) => {
                        if (p.field && focusField(p.field)) event.preventDefault();
                      }}
                    >
                      {p.message}
                    </a>
                  ) : (
                    p.message
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
  return slot ? createPortal(summary, slot) : summary;
}
