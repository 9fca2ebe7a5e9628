// One survey link, from opening to sending: loads the survey (or the reason it cannot be
// answered), picks the language, and holds the draft answers that every page reads and changes.
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { Language } from '../../core/instruments/definition.js';
import { isApiError } from '../api/problem.js';
import { Loading } from '../components/content.js';
import { fetchSurvey, type RespondentView, type SurveyLink as Link } from '../features/respond/api/respond-api.js';
import { useStrings } from '../features/respond/components/strings.js';
import { RefusalPage } from '../features/respond/pages/RefusalPage.js';
import { browserStorage, DraftStore } from '../features/respond/lib/draft-store.js';
import { linkStorageKey, type LinkKind } from '../features/respond/lib/link-key.js';
import { refusalFor, type Refusal } from '../features/respond/lib/refusal.js';
import { LinkSession } from './LinkSession.js';
import { RespondLayout } from './RespondLayout.js';

type LinkState =
  | { status: 'loading' }
  | { status: 'ready'; view: RespondentView; store: DraftStore }
  /** `late` when it came after an action on a page, so focus must be moved to say so. */
  | { status: 'refused'; reason: Refusal; late: boolean };

const ALL_LANGUAGES: readonly Language[] = ['en', 'cy'];

function LoadingSurvey() {
  return <Loading what={useStrings().loading} />;
}

export function SurveyLink({ kind }: { kind: LinkKind }) {
  const { secret = '' } = useParams();
  const [search] = useSearchParams();
  const [state, setState] = useState<LinkState>({ status: 'loading' });
  // A link may ask for Welsh (?lang=cy); the survey's own languages decide once it has loaded.
  const [language, setLanguage] = useState<Language>(search.get('lang') === 'cy' ? 'cy' : 'en');

  useEffect(() => {
    let live = true;
    void (async () => {
      const key = await linkStorageKey(kind, secret);
      const store = new DraftStore(browserStorage('sessionStorage'), key.strong ? browserStorage('localStorage') : null, key.key);
      try {
        const view = await fetchSurvey({ kind, secret });
        if (live) setState({ status: 'ready', view, store });
      } catch (error) {
        const reason = (isApiError(error) && refusalFor(error, kind)) || 'problem';
        // A link that can no longer be used has no use for answers kept against it.
        if (reason !== 'problem') store.clear();
        if (live) setState({ status: 'refused', reason, late: false });
      }
    })();
    return () => {
      live = false;
    };
  }, [kind, secret]);

  const link: Link = { kind, secret };
  const languages = state.status === 'ready' ? state.view.languages : ALL_LANGUAGES;
  return (
    <RespondLayout language={language} languages={languages} onLanguage={setLanguage}>
      {state.status === 'loading' && <LoadingSurvey />}
      {state.status === 'refused' && <RefusalPage reason={state.reason} late={state.late} />}
      {state.status === 'ready' && (
        <LinkSession
          link={link}
          view={state.view}
          store={state.store}
          language={language}
          setLanguage={setLanguage}
          refuse={(reason) => setState({ status: 'refused', reason, late: true })}
        />
      )}
    </RespondLayout>
  );
}

/** Any other address under /respond/: say plainly that the link does not work. */
export function NoSurvey() {
  const [language, setLanguage] = useState<Language>('en');
  return (
    <RespondLayout language={language} languages={ALL_LANGUAGES} onLanguage={setLanguage}>
      <RefusalPage reason="unknown" late={false} />
    </RespondLayout>
  );
}
