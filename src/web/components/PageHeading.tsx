// Every page's <h1>. It sets the document title ("<Page> – Cultivate") and, after a route
// change, takes focus so screen reader users hear where they have arrived.
import { useEffect, useRef, type ReactNode } from 'react';

export const SERVICE_NAME = 'Cultivate';

let focusPending = false;

/** The layout calls this on each route change: focus the heading now, or as soon as it appears. */
export function focusPageHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading) {
    heading.focus();
    focusPending = false;
  } else {
    focusPending = true;
  }
}

interface PageHeadingProps {
  children: ReactNode;
  /** The title bar text when it should differ from the heading (defaults to the heading text). */
  title?: string;
  caption?: ReactNode;
  size?: 'xl' | 'l' | 'm';
  /** Take focus when it appears, even without a route change (a page switching views). */
  focusOnMount?: boolean;
  /** In place of the size class, for a heading inside another component (a panel, a legend). */
  className?: string;
}

export function PageHeading({ children, title, caption, size = 'l', focusOnMount, className }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : '');

  useEffect(() => {
    document.title = text ? `${text} – ${SERVICE_NAME}` : SERVICE_NAME;
  }, [text]);

  useEffect(() => {
    if (focusPending || focusOnMount) {
      focusPending = false;
      ref.current?.focus();
    }
  }, [focusOnMount]);

  return (
    <h1 className={className ?? `nhsuk-heading-${size}`} ref={ref} tabIndex={-1}>
      {caption && (
        <span className="nhsuk-caption-l">
          {caption}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
      )}
      {children}
    </h1>
  );
}
