// The page frame: skip link, header, organisation bar, main content and footer. On every
// route change it scrolls to the top and moves focus to the new page's heading.
import { useEffect, useRef, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { SuccessBanner } from '../components/content.js';
import { ErrorSummarySlot } from '../components/ErrorSummary.js';
import { focusPageHeading } from '../components/PageHeading.js';
import { SkipLink } from '../components/SkipLink.js';
import { takeFlash } from './flash.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';
import { OrganisationBar } from './OrganisationBar.js';

/** A one-off message such as "Unit added": from navigation state, or from the flash store (kept while the path stays the same). */
function Flash() {
  const location = useLocation();
  const [stored, setStored] = useState<{ pathname: string; message: string } | null>(null);
  useEffect(() => {
    const message = takeFlash();
    if (message) setStored({ pathname: location.pathname, message });
  }, [location.pathname, location.key]);
  const fromState = (location.state as { flash?: unknown } | null)?.flash;
  const message = typeof fromState === 'string' ? fromState : stored?.pathname === location.pathname ? stored.message : null;
  return message ? <SuccessBanner>{message}</SuccessBanner> : null;
}

export function Layout() {
  const { pathname } = useLocation();
  const first = useRef(true);
  const [summarySlot, setSummarySlot] = useState<HTMLDivElement | null>(null);

  useEffect(() => {
    if (first.current) {
      first.current = false; // on first load the browser starts at the top; the skip link stays first
      return;
    }
    window.scrollTo(0, 0);
    focusPageHeading();
  }, [pathname]);

  return (
    <>
      <SkipLink />
      <Header />
      <OrganisationBar />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds" ref={setSummarySlot} />
          </div>
          <Flash />
          <ErrorSummarySlot.Provider value={summarySlot}>
            <Outlet />
          </ErrorSummarySlot.Provider>
        </main>
      </div>
      <Footer />
    </>
  );
}
