// The instrument library over the API: the built-ins and the organisation's own copies, each
// with its definition; copying, saving an edited draft and publishing (see the server's
// instruments.schemas.ts). Saves carry editVersion, so two people editing at once cannot
// silently overwrite each other.
import { api, orgPath } from '../../../api/client.js';
import type { Items } from '../../../api/types.js';
import type { Audience, InstrumentDefinition, Language, LocalisedText } from '../../../../core/instruments/definition.js';

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
  /** "<ref>@<version>" of the instrument this was copied from. */
  basedOn: string | null;
  editVersion: number;
}

export interface InstrumentDetail extends InstrumentSummary {
  definition: InstrumentDefinition;
}

export const instrumentsKey = (orgId: string) => ['org', orgId, 'instruments'] as const;
export const instrumentKey = (orgId: string, ref: string) => ['org', orgId, 'instruments', ref] as const;

const path = (orgId: string, rest = '') => orgPath(orgId, `/instruments${rest}`);

export const listInstruments = (orgId: string, signal?: AbortSignal) => api.get<Items<InstrumentSummary>>(path(orgId), signal);

export const getInstrument = (orgId: string, ref: string, signal?: AbortSignal) => api.get<InstrumentDetail>(path(orgId, `/${encodeURIComponent(ref)}`), signal);

export const copyInstrument = (orgId: string, from: string, title: LocalisedText) => api.post<InstrumentDetail>(path(orgId), { from, title });

export const saveInstrumentDraft = (orgId: string, ref: string, definition: InstrumentDefinition, editVersion: number) =>
  api.put<InstrumentDetail>(path(orgId, `/${encodeURIComponent(ref)}/draft`), { definition, editVersion });

export const publishInstrument = (orgId: string, ref: string, editVersion: number) =>
  api.post<InstrumentDetail>(path(orgId, `/${encodeURIComponent(ref)}/publish`), { editVersion });
