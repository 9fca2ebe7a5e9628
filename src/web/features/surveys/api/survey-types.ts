// The survey shapes the API sends and accepts (see the server's surveys.schemas.ts; the web
// keeps its own copy because it may not import from the server).
import type { Language } from '../../../../core/instruments/definition.js';

export type { Language };

export type SurveyStatus = 'draft' | 'open' | 'closed';

export interface SurveyAudience {
  /** Units whose whole subtree is invited; empty means the whole organisation. */
  unitIds: string[];
  payBands: string[];
  staffGroups: string[];
}

export interface SurveyModes {
  invitations: boolean;
  openLink: boolean;
  paper: boolean;
}

export interface SurveyView {
  id: string;
  title: string;
  instrumentRef: string;
  instrumentVersion: number;
  instrumentTitle: string;
  programmeId: string | null;
  status: SurveyStatus;
  opensOn: string;
  closesOn: string;
  anonymityThreshold: number;
  commentThreshold: number;
  languages: Language[];
  audience: SurveyAudience;
  modes: SurveyModes;
  /** Set once an open-link survey is launched, such as "/respond/open/abc". */
  openLinkPath: string | null;
  /** Set when the server knows the public address people use (CULTIVATE_PUBLIC_URL). */
  openLinkUrl: string | null;
  /** How many people were invited, fixed at launch; null before, and for patient surveys. */
  audienceSize: number | null;
  version: number;
  launchedAt: string | null;
  closedAt: string | null;
}

export interface NewSurvey {
  title: string;
  instrumentRef: string;
  programmeId?: string | null;
  opensOn: string;
  closesOn: string;
  anonymityThreshold: number;
  commentThreshold?: number;
  languages: Language[];
  audience: SurveyAudience;
  modes: SurveyModes;
}

export interface UnitRate {
  unitId: string;
  parentId: string | null;
  name: string;
  invited: number;
  responses: number | null;
  rate: number | null;
}

export interface ResponseRates {
  threshold: number;
  total: { invited: number; responses: number; rate: number };
  units: UnitRate[];
  /** Units too small to show: their figures are never sent. */
  hiddenUnits: number;
}

/** outbox: kept to be read (no mail server); note: a record that is never sent; queued, then sent or failed: through the mail server. */
export type OutboxStatus = 'outbox' | 'note' | 'queued' | 'sent' | 'failed';

export interface OutboxMessage {
  id: string;
  surveyId: string | null;
  /** "invitation", or "reminder_summary" for the one line written about each round of reminders. */
  kind: string;
  recipient: string;
  subject: string;
  /** Once sent, personal links are removed from the copy kept here. */
  body: string;
  status: OutboxStatus;
  sentAt: string | null;
  createdAt: string;
}

/** Reminders go straight to the mail server and are never stored; without one, none are sent. */
export interface RemindersResult {
  reminded: number;
  notSent: number;
}
