// The NHS.UK scroll pattern around a wide table, so it scrolls on a phone instead of breaking the
// page. Every table in the app sits in this one wrapper, so they all scroll, and take focus, alike.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Fit {
  /** The content is wider than the region by any amount, so the region must take focus to scroll by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable). */
  overflows: boolean;
  /** Wider by more than NHS.UK tables' deliberate 4px border overhang: worth the scroll shadows. */
  scrolls: boolean;
}

/** Whether the element is narrower than its content, kept up to date as either resizes. */
function useFit(ref: React.RefObject<HTMLElement | null>): Fit {
  const [fit, setFit] = useState<Fit>({ overflows: false, scrolls: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => {
      const extra = el.scrollWidth - el.clientWidth;
      setFit((old) => (old.overflows === extra > 0 && old.scrolls === extra > 8 ? old : { overflows: extra > 0, scrolls: extra > 8 }));
    };
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return fit;
}

interface TableScrollProps {
  /** The id of the table's caption, which names the region; or `label` when there is none to point at. */
  labelledBy?: string;
  label?: string;
  /** Extra classes for the scrolling element (e.g. a height limit with sticky headers). */
  className?: string;
  children: ReactNode;
}

export function TableScroll({ labelledBy, label, className, children }: TableScrollProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const { overflows, scrolls } = useFit(scroller);
  return (
    <div className={`nhsuk-scroll${scrolls ? '' : ' app-scroll--fits'}`}>
      <div
        className={`nhsuk-scroll__content${className ? ` ${className}` : ''}`}
        role="region"
        aria-labelledby={labelledBy}
        aria-label={labelledBy ? undefined : label}
        tabIndex={overflows ? 0 : undefined}
        ref={scroller}
      >
        {children}
      </div>
    </div>
  );
}
