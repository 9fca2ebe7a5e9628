// The instrument library as the survey pages need it: what each questionnaire is, who it is
// for, where it comes from and which languages it offers (see the server's instruments.schemas.ts).
import { api, orgPath } from '../../../api/client.js';
import type { Items } from '../../../api/types.js';
import type { Audience } from '../../../../core/instruments/definition.js';
import type { Language } from './survey-types.js';

export type { Audience };

export interface InstrumentSummary {
  /** "builtin:<key>" for the built-in library, or the organisation's own instrument id. */
  ref: string;
  key: string;
  title: string;
  description: string;
  source: string;
  audience: Audience;
  languages: Language[];
  itemCount: number;
  version: number;
  status: 'draft' | 'published';
  builtIn: boolean;
}

export const instrumentsKey = (orgId: string) => ['org', orgId, 'instruments'] as const;

export const listInstruments = (orgId: string, signal?: AbortSignal) => api.get<Items<InstrumentSummary>>(orgPath(orgId, '/instruments'), signal);
