// What every respondent page shares once a survey link has loaded: the survey, the journey's
// pages, the chosen language and the draft answers, and the ways to change them.
import { createContext, useContext } from 'react';
import type { InstrumentDefinition, Language } from '../../../../core/instruments/definition.js';
import type { RespondentView, SurveyLink } from '../api/respond-api.js';
import type { Draft } from '../lib/draft-store.js';
import type { RespondPage, RespondPlace } from '../lib/journey.js';
import type { Refusal } from '../lib/refusal.js';

export interface RespondSession {
  link: SurveyLink;
  view: RespondentView;
  definition: InstrumentDefinition;
  pages: RespondPage[];
  language: Language;
  draft: Draft;
  /** Answers kept on this device or from before a reload, offered as "Continue where you left off". */
  resumable: Draft | null;
  canKeepOnDevice: boolean;
  /** A path under the survey link, e.g. pathTo({ kind: 'check' }). */
  pathTo: (page: RespondPlace, options?: { changing?: boolean; field?: string }) => string;
  update: (change: (draft: Draft) => Draft) => void;
  /** Starts afresh (new draft) or carries on with the resumable one; returns where to go. */
  begin: (how: 'fresh' | 'resume') => string;
  keepOnDevice: () => void;
  /** Removes everything kept for this link, here and on the device. */
  forget: () => void;
  /** The answers were stored: forget them everywhere. */
  finish: () => void;
  sent: boolean;
  refuse: (reason: Refusal) => void;
}

export const RespondContext = createContext<RespondSession | null>(null);

export function useRespond(): RespondSession {
  const session = useContext(RespondContext);
  if (!session) throw new Error('Respondent pages must sit inside a loaded survey link');
  return session;
}
