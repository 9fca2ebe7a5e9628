// The focus group and board interview API (see the server's conversations.schemas.ts): guides,
// sessions with consent, notes as excerpts, coding by a first and a second coder, and agreement.
// Everything sits under one programme: /organisations/:orgId/programmes/:programmeId/…
import type { Guide, GuideKind, GuideQuestion } from '../../../../core/qualitative/guide.js';
import { api, orgPath } from '../../../api/client.js';
import type { Items } from '../../../api/types.js';

export type { Guide, GuideKind, GuideQuestion };

export type Stance = 'strength' | 'develop';
export type Coder = 'first' | 'second';

export interface GuideState {
  guide: Guide;
  /** 0 while the programme uses the built-in guide. */
  version: number;
  builtIn: boolean;
  minutes: number;
  updatedAt: string | null;
}

export interface ConversationSummary {
  id: string;
  kind: GuideKind;
  title: string;
  heldOn: string | null;
  location: string;
  mobile: boolean;
  facilitator: { userId: string; name: string } | null;
  staffGroup: string | null;
  bandFrom: string | null;
  bandTo: string | null;
  site: string | null;
  boardRole: string | null;
  participants: number | null;
  consent: { at: string; note: string } | null;
  /** The number of notes. */
  excerpts: number;
  coded: number;
  version: number;
}

export interface ElementCode {
  element: string;
  stance: Stance;
}

export interface Coding {
  codes: ElementCode[];
  behaviours: string[];
  themes: string[];
  version: number;
  codedAt: string;
}

export interface Suggestion {
  element: string;
  stance: Stance;
  /** 0 to 1: how likely the model thinks the code is. */
  score: number;
}

export interface Excerpt {
  id: string;
  questionId: string | null;
  position: number;
  text: string;
  /** True when the words are shown as written; otherwise names and details are taken out. */
  unredacted: boolean;
  secondCoding: boolean;
  /** The first coder's coding. */
  coding: Coding | null;
  suggestions: Suggestion[];
  version: number;
}

export interface Conversation extends Omit<ConversationSummary, 'excerpts'> {
  questions: GuideQuestion[];
  viewerIsFacilitator: boolean;
  excerpts: Excerpt[];
}

/** The fields of a session that can be planned and changed. */
export interface ConversationFields {
  title: string;
  heldOn: string | null;
  location: string;
  mobile: boolean;
  facilitatorUserId: string | null;
  staffGroup: string | null;
  bandFrom: string | null;
  bandTo: string | null;
  site: string | null;
  boardRole: string | null;
  participants: number | null;
}

export interface NewNote {
  questionId: string | null;
  text: string;
}

export interface CodingBody {
  version: number;
  codes: ElementCode[];
  behaviours: string[];
  themes: string[];
}

export interface SampledExcerpt {
  id: string;
  conversationId: string;
  conversationTitle: string;
  question: string | null;
  text: string;
  /** The second coder's coding only: the sample is coded blind. */
  coding: Coding | null;
  version: number;
}

export interface SecondCodingView {
  sampled: number;
  coded: number;
  excerpts: SampledExcerpt[];
}

export interface KappaView {
  n: number;
  kappa: number | null;
  low: number | null;
  high: number | null;
  reading: string;
  cautions: string[];
}

export interface AgreementView {
  doubleCoded: number;
  elements: {
    element: string;
    name: string;
    presence: KappaView;
    stance: KappaView & { linear: number | null; quadratic: number | null };
  }[];
}

export interface ImportedNotes {
  format: string;
  added: number;
  conversation: Conversation;
}

/** Someone who can facilitate: a member of the programme team. */
export interface Facilitator {
  id: string;
  displayName: string;
}

const programmePath = (orgId: string, programmeId: string, rest = '') => orgPath(orgId, `/programmes/${encodeURIComponent(programmeId)}${rest}`);
const sessionPath = (orgId: string, programmeId: string, id: string, rest = '') => programmePath(orgId, programmeId, `/conversations/${encodeURIComponent(id)}${rest}`);

export const conversationKeys = {
  all: (orgId: string, programmeId: string) => ['org', orgId, 'conversations', programmeId] as const,
  list: (orgId: string, programmeId: string) => ['org', orgId, 'conversations', programmeId, 'list'] as const,
  session: (orgId: string, programmeId: string, id: string) => ['org', orgId, 'conversations', programmeId, 'session', id] as const,
  guide: (orgId: string, programmeId: string, kind: GuideKind) => ['org', orgId, 'conversations', programmeId, 'guide', kind] as const,
  secondCoding: (orgId: string, programmeId: string) => ['org', orgId, 'conversations', programmeId, 'second-coding'] as const,
  agreement: (orgId: string, programmeId: string) => ['org', orgId, 'conversations', programmeId, 'agreement'] as const,
  facilitators: (orgId: string, programmeId: string) => ['org', orgId, 'programmes', programmeId, 'facilitators'] as const,
};

export const getGuide = (orgId: string, programmeId: string, kind: GuideKind, signal?: AbortSignal) => api.get<GuideState>(programmePath(orgId, programmeId, `/guides/${kind}`), signal);
export const saveGuide = (orgId: string, programmeId: string, kind: GuideKind, guide: Guide, version: number) =>
  api.put<GuideState>(programmePath(orgId, programmeId, `/guides/${kind}`), { guide, version });
export const resetGuide = (orgId: string, programmeId: string, kind: GuideKind, version: number) =>
  api.delete<GuideState>(programmePath(orgId, programmeId, `/guides/${kind}?version=${version}`));

export const listConversations = (orgId: string, programmeId: string, signal?: AbortSignal) => api.get<Items<ConversationSummary>>(programmePath(orgId, programmeId, '/conversations'), signal);
export const planConversation = (orgId: string, programmeId: string, kind: GuideKind, fields: ConversationFields) =>
  api.post<Conversation>(programmePath(orgId, programmeId, '/conversations'), { kind, ...fields });
export const getConversation = (orgId: string, programmeId: string, id: string, signal?: AbortSignal) => api.get<Conversation>(sessionPath(orgId, programmeId, id), signal);
export const updateConversation = (orgId: string, programmeId: string, id: string, version: number, fields: Partial<ConversationFields>) =>
  api.patch<Conversation>(sessionPath(orgId, programmeId, id), { version, ...fields });
export const recordConsent = (orgId: string, programmeId: string, id: string, version: number, note: string) =>
  api.post<Conversation>(sessionPath(orgId, programmeId, id, '/consent'), { version, ...(note ? { note } : {}) });
export const addNotes = (orgId: string, programmeId: string, id: string, excerpts: NewNote[]) => api.post<Conversation>(sessionPath(orgId, programmeId, id, '/excerpts'), { excerpts });

export function importNotes(orgId: string, programmeId: string, id: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.upload<ImportedNotes>(sessionPath(orgId, programmeId, id, '/notes'), form);
}

export const updateNote = (orgId: string, programmeId: string, id: string, excerptId: string, version: number, patch: { text?: string; questionId?: string | null }) =>
  api.patch<Conversation>(sessionPath(orgId, programmeId, id, `/excerpts/${encodeURIComponent(excerptId)}`), { version, ...patch });
export const deleteNote = (orgId: string, programmeId: string, id: string, excerptId: string, version: number) =>
  api.delete<Conversation>(sessionPath(orgId, programmeId, id, `/excerpts/${encodeURIComponent(excerptId)}?version=${version}`));
export const saveCoding = (orgId: string, programmeId: string, id: string, excerptId: string, coder: Coder, body: CodingBody) =>
  api.put<Coding>(sessionPath(orgId, programmeId, id, `/excerpts/${encodeURIComponent(excerptId)}/coding/${coder}`), body);

export const getSecondCoding = (orgId: string, programmeId: string, signal?: AbortSignal) => api.get<SecondCodingView>(programmePath(orgId, programmeId, '/second-coding'), signal);
export const drawSample = (orgId: string, programmeId: string, percent: number) => api.post<SecondCodingView>(programmePath(orgId, programmeId, '/second-coding/sample'), { percent });
export const getAgreement = (orgId: string, programmeId: string, signal?: AbortSignal) => api.get<AgreementView>(programmePath(orgId, programmeId, '/agreement'), signal);

export const listFacilitators = (orgId: string, programmeId: string, signal?: AbortSignal) => api.get<Items<Facilitator>>(programmePath(orgId, programmeId, '/facilitators'), signal);
