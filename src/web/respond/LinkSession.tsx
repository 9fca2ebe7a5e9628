// A loaded survey link: the draft answers (kept in the tab's storage as they change), the pages
// of the journey as routes, and what the pages may do with them.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RESPONDENT_STRINGS } from '../../core/i18n/respondent-strings.js';
import type { Language } from '../../core/instruments/definition.js';
import type { RespondentView, SurveyLink } from '../features/respond/api/respond-api.js';
import { RespondContext, type RespondSession } from '../features/respond/components/respond-context.js';
import { AboutYouPage } from '../features/respond/pages/AboutYouPage.js';
import { CheckAnswersPage } from '../features/respond/pages/CheckAnswersPage.js';
import { ChooseUnitPage } from '../features/respond/pages/ChooseUnitPage.js';
import { RemovedPage, SavedPage, SavePage } from '../features/respond/pages/SavePages.js';
import { SectionRoute } from '../features/respond/pages/SectionPage.js';
import { SentPage } from '../features/respond/pages/SentPage.js';
import { StartPage } from '../features/respond/pages/StartPage.js';
import { emptyDraft, hasProgress, type Draft, type DraftStore } from '../features/respond/lib/draft-store.js';
import { inLanguage } from '../features/respond/lib/feedback-link.js';
import { journeyPages, pageAt, pagePath, type RespondPlace } from '../features/respond/lib/journey.js';
import { newSubmissionKey } from '../features/respond/lib/link-key.js';
import type { Refusal } from '../features/respond/lib/refusal.js';
import { todayIso } from '../features/respond/lib/survey-dates.js';

interface LinkSessionProps {
  link: SurveyLink;
  view: RespondentView;
  store: DraftStore;
  language: Language;
  setLanguage: (language: Language) => void;
  refuse: (reason: Refusal) => void;
}

/** The path segment each kind of link has in the address bar. */
const LINK_PATHS = { invitation: 'i', open: 'open', feedback: 'f' } as const;

function pickLanguage(offered: readonly Language[], ...wanted: (Language | undefined)[]): Language {
  return wanted.find((l): l is Language => !!l && offered.includes(l)) ?? (offered.includes('en') ? 'en' : (offered[0] ?? 'en'));
}

export function LinkSession({ link, view, store, language, setLanguage, refuse }: LinkSessionProps) {
  const definition = view.instrument;
  const pages = useMemo(() => journeyPages(definition, link.kind === 'open'), [definition, link.kind]);
  const base = `/respond/${LINK_PATHS[link.kind]}/${encodeURIComponent(link.secret)}`;

  const fresh = useCallback(
    (lang: Language) => emptyDraft(lang, view.closesOn, link.kind === 'open' ? newSubmissionKey() : null),
    [view.closesOn, link.kind],
  );
  const [initial] = useState(() => {
    const today = todayIso();
    const current = store.current(today);
    const kept = store.kept(today);
    // Welsh asked for in the link comes first, then the language of answers already given.
    const lang = pickLanguage(view.languages, language === 'cy' ? 'cy' : undefined, current?.language, kept?.language);
    return { draft: current ? { ...current, language: lang } : fresh(lang), resumable: hasProgress(current) ? current : hasProgress(kept) ? kept : null };
  });
  const [draft, setDraft] = useState<Draft>(initial.draft);
  const [resumable, setResumable] = useState<Draft | null>(initial.resumable);
  const [sent, setSent] = useState(false);
  const draftRef = useRef(draft);
  // Once the answers are sent nothing more is stored, whatever the page does next (say, a language switch).
  const stored = useRef(false);

  const replace = useCallback(
    (next: Draft) => {
      draftRef.current = next;
      if (!stored.current) store.save(next);
      setDraft(next);
    },
    [store],
  );
  const update = useCallback((change: (d: Draft) => Draft) => replace(change(draftRef.current)), [replace]);

  // The language switch lives in the layout. First it is told the language chosen when the link
  // loaded; after that, each switch is remembered in the draft so a reload keeps it.
  const synced = useRef(false);
  useEffect(() => {
    if (!synced.current) {
      synced.current = true;
      if (language !== draftRef.current.language) return setLanguage(draftRef.current.language);
    }
    if (draftRef.current.language !== language) update((d) => ({ ...d, language }));
  }, [language, setLanguage, update]);

  const session = useMemo<RespondSession>(() => {
    const pathTo = (place: RespondPlace, options: { changing?: boolean; field?: string } = {}) => {
      const rest = pagePath(place);
      return `${base}${rest ? `/${rest}` : ''}${options.changing ? '?change=1' : ''}${options.field ? `#${options.field}` : ''}`;
    };
    return {
      link,
      view: inLanguage(view, RESPONDENT_STRINGS[draft.language]),
      definition,
      pages,
      language: draft.language,
      draft,
      resumable,
      canKeepOnDevice: store.canKeepOnDevice,
      pathTo,
      update,
      begin(how) {
        const chosen = how === 'resume' && resumable ? resumable : null;
        const next = chosen ? { ...chosen, language: draftRef.current.language } : fresh(draftRef.current.language);
        if (!chosen) store.clear();
        replace(next);
        setResumable(null);
        const first = pages[1] ?? { kind: 'check' as const };
        return pathTo((chosen && pageAt(pages, chosen.lastPage)) || first);
      },
      keepOnDevice: () => replace(store.keepOnDevice(draftRef.current)),
      forget() {
        store.clear();
        replace(fresh(draftRef.current.language));
        store.clear(); // replace() wrote the empty draft back to the tab; nothing should remain
      },
      finish() {
        stored.current = true;
        store.clear();
        setSent(true);
      },
      sent,
      refuse(reason) {
        if (reason !== 'problem') store.clear();
        refuse(reason);
      },
    };
  }, [base, link, view, definition, pages, draft, resumable, store, update, replace, fresh, sent, refuse]);

  return (
    <RespondContext.Provider value={session}>
      <Routes>
        <Route index element={<StartPage />} />
        {link.kind === 'open' && <Route path="team" element={<ChooseUnitPage key={language} />} />}
        <Route path="section/:sectionId" element={<SectionRoute />} />
        {definition.demographics.length > 0 && <Route path="about-you" element={<AboutYouPage key={language} />} />}
        <Route path="check" element={<CheckAnswersPage />} />
        <Route path="save" element={<SavePage />} />
        <Route path="saved" element={<SavedPage />} />
        <Route path="removed" element={<RemovedPage />} />
        <Route path="sent" element={<SentPage />} />
        <Route path="*" element={<Navigate to={base} replace />} />
      </Routes>
    </RespondContext.Provider>
  );
}
