// Why a survey link cannot be used, from the API's answer. Each reason gets its own page, and
// none of them says anything about other people's answers.
import type { ApiError } from '../../../api/problem.js';
import type { LinkKind } from './link-key.js';

export type Refusal = 'used' | 'closed' | 'not-open' | 'unknown' | 'problem';

export function refusalFor(error: ApiError, kind: LinkKind): Refusal | null {
  switch (error.code) {
    case 'already_submitted':
      // On an open link this means this very filling-in was stored already (a resend), not a used link.
      return kind === 'open' ? null : 'used';
    case 'survey_closed':
      return 'closed';
    case 'survey_not_open_yet':
      return 'not-open';
    case 'survey_unavailable':
    case 'feedback_unavailable':
      return 'unknown';
  }
  // A malformed token or code fails the API's own checks (400) or matches no route (404).
  if (error.status === 400 || error.status === 404 || error.status === 410) return 'unknown';
  if (error.status === 422) return null;
  return 'problem';
}
