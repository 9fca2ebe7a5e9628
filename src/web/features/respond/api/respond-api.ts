// The respondent API: no account and no session, so no CSRF token either (the server exempts
// these routes). Failures arrive as ApiError, like everywhere else in the web app.
import type { RaterGroup } from '../../../../core/feedback/report.js';
import type { AnswerValue } from '../../../../core/instruments/answers.js';
import type { InstrumentDefinition, Language } from '../../../../core/instruments/definition.js';
import { API_BASE, readBody } from '../../../api/client.js';
import { networkError, toApiError } from '../../../api/problem.js';
import { fromFeedbackView, type FeedbackLinkView } from '../lib/feedback-link.js';
import type { LinkKind } from '../lib/link-key.js';

export interface SurveyLink {
  kind: LinkKind;
  /** The invitation token or the open link's code. */
  secret: string;
}

export interface RespondentView {
  title: string;
  closesOn: string;
  anonymityThreshold: number;
  languages: Language[];
  instrument: InstrumentDefinition;
  /** Open links only: where the answers may be filed. */
  units: { id: string; name: string }[];
  /** 360 feedback links only: who the feedback is about, and the rater's group. */
  feedback?: { subjectName: string; group: RaterGroup };
}

export interface SubmissionBody {
  language: Language;
  answers: Record<string, AnswerValue>;
  demographics: Record<string, string>;
  /** Open links only. */
  unitId?: string;
  submissionKey?: string;
}

const linkUrl = (link: SurveyLink) => `${API_BASE}/respond/${link.kind}/${encodeURIComponent(link.secret)}`;

async function call<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: 'omit', headers: { Accept: 'application/json, application/problem+json', ...init.headers } });
  } catch {
    throw networkError();
  }
  const body = await readBody(response);
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}

export const fetchSurvey = async (link: SurveyLink): Promise<RespondentView> =>
  link.kind === 'feedback' ? fromFeedbackView(await call<FeedbackLinkView>(linkUrl(link), { method: 'GET' })) : call<RespondentView>(linkUrl(link), { method: 'GET' });

export const sendAnswers = (link: SurveyLink, body: SubmissionBody): Promise<{ stored: true }> =>
  call(linkUrl(link), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
