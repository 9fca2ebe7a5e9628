// The frame of every respondent page: skip link, a header with no way into the staff app, the
// language switch, and main content. It sets the page language, and on every page change (or
// language change) moves focus to the new heading, or to the field a "Change" link points at.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { RESPONDENT_STRINGS } from '../../core/i18n/respondent-strings.js';
import type { Language } from '../../core/instruments/definition.js';
import { ErrorPrefix } from '../components/error-prefix.js';
import { ErrorSummarySlot } from '../components/ErrorSummary.js';
import { focusField } from '../components/focus.js';
import { NhsLogo } from '../components/NhsLogo.js';
import { focusPageHeading } from '../components/PageHeading.js';
import { SkipLink } from '../components/SkipLink.js';
import { LanguageSwitch } from '../features/respond/components/LanguageSwitch.js';
import { RespondStrings } from '../features/respond/components/strings.js';

interface RespondLayoutProps {
  language: Language;
  /** The languages the survey is offered in; the switch shows when there are two. */
  languages: readonly Language[];
  onLanguage: (language: Language) => void;
  children: ReactNode;
}

function useFocusOnChange(key: string, hash: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false; // on first load the skip link stays the first thing to reach
      return;
    }
    window.scrollTo(0, 0);
    const field = decodeURIComponent(hash.slice(1));
    if (!(field && focusField(field))) focusPageHeading();
    // The hash is read, not watched: it only says where to land when the page itself changes.
  }, [key]);
}

export function RespondLayout({ language, languages, onLanguage, children }: RespondLayoutProps) {
  const strings = RESPONDENT_STRINGS[language];
  const { pathname, hash } = useLocation();
  const [summarySlot, setSummarySlot] = useState<HTMLDivElement | null>(null);

  useEffect(() => {
    document.documentElement.lang = language === 'cy' ? 'cy' : 'en-GB';
  }, [language]);
  useFocusOnChange(`${pathname} ${language}`, hash);

  return (
    <RespondStrings.Provider value={strings}>
      <ErrorPrefix.Provider value={strings.errorTitlePrefix}>
        <SkipLink>{strings.skipToMainContent}</SkipLink>
        <header className="nhsuk-header" role="banner">
          <div className="nhsuk-header__container nhsuk-width-container">
            <div className="nhsuk-header__service">
              <span className="nhsuk-header__service-logo">
                <NhsLogo />
                <span className="nhsuk-header__service-name">Cultivate</span>
              </span>
            </div>
          </div>
        </header>
        <div className="nhsuk-width-container">
          <LanguageSwitch language={language} languages={languages} onChange={onLanguage} />
          <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
            <div className="nhsuk-grid-row">
              <div className="nhsuk-grid-column-two-thirds" ref={setSummarySlot} />
            </div>
            <ErrorSummarySlot.Provider value={summarySlot}>{children}</ErrorSummarySlot.Provider>
          </main>
        </div>
      </ErrorPrefix.Provider>
    </RespondStrings.Provider>
  );
}
