// 360 feedback: the person's own requests, those shared with them, and the report once closed.
import type { DimensionReport, FeedbackReport as CoreReport, GroupScore, RaterGroup } from '../../../../core/feedback/report.js';
import { api, orgPath } from '../../../api/client.js';

export type { RaterGroup };
export type InvitedGroup = Exclude<RaterGroup, 'self'>;

export interface GroupCount {
  group: RaterGroup;
  invited: number;
  answered: number;
}

export interface SharedWith {
  userId: string;
  name: string;
  email: string;
}

export interface RequestView {
  id: string;
  subjectName: string;
  status: 'open' | 'closed';
  closesOn: string;
  createdAt: string;
  isMine: boolean;
  groups: GroupCount[];
  /** The person's own rating link while they have not rated themselves (only for them). */
  selfLinkPath: string | null;
  sharedWith: SharedWith[] | null;
}

export interface RaterInput {
  group: InvitedGroup;
  email: string;
}

/** The report as the API sends it: core's report (src/core/feedback/report.ts) with the person's name. */
export type FeedbackReport = CoreReport & { subjectName: string };
export type { DimensionReport, GroupScore };

export const feedbackKeys = {
  all: (orgId: string) => ['org', orgId, 'feedback'] as const,
  one: (orgId: string, id: string) => ['org', orgId, 'feedback', id] as const,
  report: (orgId: string, id: string) => ['org', orgId, 'feedback', id, 'report'] as const,
};

const base = (orgId: string) => orgPath(orgId, '/feedback');

export const listFeedback = (orgId: string, signal?: AbortSignal) => api.get<{ mine: RequestView[]; sharedWithMe: RequestView[] }>(base(orgId), signal);
export const getFeedback = (orgId: string, id: string, signal?: AbortSignal) => api.get<RequestView>(`${base(orgId)}/${encodeURIComponent(id)}`, signal);
export const createFeedback = (orgId: string, body: { closesOn: string; raters: RaterInput[] }) => api.post<RequestView>(base(orgId), body);
export const inviteRaters = (orgId: string, id: string, raters: RaterInput[]) => api.post<RequestView>(`${base(orgId)}/${encodeURIComponent(id)}/raters`, { raters });
export const closeFeedback = (orgId: string, id: string) => api.post<RequestView>(`${base(orgId)}/${encodeURIComponent(id)}/close`, {});
export const shareFeedback = (orgId: string, id: string, email: string) => api.post<RequestView>(`${base(orgId)}/${encodeURIComponent(id)}/shares`, { email });
export const unshareFeedback = (orgId: string, id: string, userId: string) =>
  api.delete<RequestView>(`${base(orgId)}/${encodeURIComponent(id)}/shares/${encodeURIComponent(userId)}`);
export const getFeedbackReport = (orgId: string, id: string, signal?: AbortSignal) => api.get<FeedbackReport>(`${base(orgId)}/${encodeURIComponent(id)}/report`, signal);
