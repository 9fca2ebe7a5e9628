// The create-a-survey form: its starting values, the checks made before sending, and the
// body the API takes. Field names are the API's paths, so server errors land on the right field.
import { checkDateRange } from '../../../components/forms/date-checks.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';
import { requireFields } from '../../../components/forms/useForm.js';
import type { InstrumentSummary } from '../../instruments/api/instruments-api.js';
import type { Language, NewSurvey, SurveyModes } from '../api/survey-types.js';

export const MIN_THRESHOLD = 5;
export const MAX_THRESHOLD = 100;
export const MAX_COMMENT_THRESHOLD = 200;
/** The NHS Staff Survey reports no group below 11 responses. */
export const DEFAULT_THRESHOLD = 11;

export type Mode = keyof SurveyModes;
export const MODES: readonly Mode[] = ['invitations', 'openLink', 'paper'];

export interface SurveyValues {
  [field: string]: string | string[];
  title: string;
  instrumentRef: string;
  opensOn: string;
  closesOn: string;
  /** "whole" for everyone, "units" to choose units. */
  audienceScope: string;
  'audience.unitIds': string[];
  /** Empty means every band (or group). */
  'audience.payBands': string[];
  'audience.staffGroups': string[];
  anonymityThreshold: string;
  commentThreshold: string;
  languages: string[];
  modes: string[];
}

export function initialSurveyValues(): SurveyValues {
  return {
    title: '',
    instrumentRef: '',
    opensOn: '',
    closesOn: '',
    audienceScope: 'whole',
    'audience.unitIds': [],
    'audience.payBands': [],
    'audience.staffGroups': [],
    anonymityThreshold: String(DEFAULT_THRESHOLD),
    commentThreshold: '',
    languages: ['en'],
    modes: ['invitations'],
  };
}

/** Patients are not on the staff list, so a patient survey cannot send personal invitations. */
export function modesFor(instrument: InstrumentSummary | undefined): readonly Mode[] {
  return instrument?.audience === 'patients' ? MODES.filter((m) => m !== 'invitations') : MODES;
}

/** The languages chosen that the instrument offers; a choice made for another instrument is dropped. */
export function chosenLanguages(v: SurveyValues, instrument: InstrumentSummary | undefined): Language[] {
  const offered: readonly string[] = instrument?.languages ?? ['en'];
  return v.languages.filter((l): l is Language => offered.includes(l));
}

/** Patients answer about whichever unit they choose, so a patient survey has no staff audience to pick. */
export const choosesAudience = (instrument: InstrumentSummary | undefined) => instrument?.audience !== 'patients';

export function chosenModes(v: SurveyValues, instrument: InstrumentSummary | undefined): Mode[] {
  return modesFor(instrument).filter((m) => v.modes.includes(m));
}

/** A whole number typed in a box: digits only, or null. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

function checkThresholds(v: SurveyValues): FormProblem[] {
  const problems: FormProblem[] = [];
  const k = parseWholeNumber(v.anonymityThreshold);
  if (k === null) problems.push({ field: 'anonymityThreshold', message: 'Enter the anonymity threshold as a whole number, such as 11' });
  else if (k < MIN_THRESHOLD) problems.push({ field: 'anonymityThreshold', message: `The anonymity threshold must be ${MIN_THRESHOLD} or more` });
  else if (k > MAX_THRESHOLD) problems.push({ field: 'anonymityThreshold', message: `The anonymity threshold must be ${MAX_THRESHOLD} or fewer` });
  if (v.commentThreshold.trim() === '') return problems;
  const c = parseWholeNumber(v.commentThreshold);
  if (c === null) problems.push({ field: 'commentThreshold', message: 'Enter the comment threshold as a whole number, such as 15' });
  else if (c > MAX_COMMENT_THRESHOLD) problems.push({ field: 'commentThreshold', message: `The comment threshold must be ${MAX_COMMENT_THRESHOLD} or fewer` });
  else if (k !== null && c < k) problems.push({ field: 'commentThreshold', message: 'The comment threshold cannot be below the anonymity threshold' });
  return problems;
}

const dates = (v: SurveyValues) =>
  checkDateRange({ value: v.opensOn, field: 'opensOn', label: 'opening date' }, { value: v.closesOn, field: 'closesOn', label: 'closing date' }, true);

export function validateSurvey(v: SurveyValues, instruments: readonly InstrumentSummary[]): FormProblem[] {
  const instrument = instruments.find((i) => i.ref === v.instrumentRef);
  const problems = requireFields(v, { title: 'Enter a title for the survey', instrumentRef: 'Choose a questionnaire' });
  problems.push(...dates(v).problems);
  if (choosesAudience(instrument) && v.audienceScope === 'units' && v['audience.unitIds'].length === 0) {
    problems.push({ field: 'audience.unitIds', message: 'Choose at least one unit, or choose the whole organisation' });
  }
  problems.push(...checkThresholds(v));
  if (instrument && chosenLanguages(v, instrument).length === 0) problems.push({ field: 'languages', message: 'Choose at least one language' });
  if (chosenModes(v, instrument).length === 0) problems.push({ field: 'modes', message: 'Choose at least one way to reach people' });
  return problems;
}

/** The API body; call only once validateSurvey has found nothing. A survey belongs to the current programme, when there is one. */
export function surveyInput(v: SurveyValues, instruments: readonly InstrumentSummary[], programmeId: string | null = null): NewSurvey {
  const instrument = instruments.find((i) => i.ref === v.instrumentRef);
  const { startIso, endIso } = dates(v);
  const modes = chosenModes(v, instrument);
  const comment = parseWholeNumber(v.commentThreshold);
  return {
    title: v.title.trim(),
    instrumentRef: v.instrumentRef,
    programmeId,
    opensOn: startIso ?? '',
    closesOn: endIso ?? '',
    anonymityThreshold: parseWholeNumber(v.anonymityThreshold) ?? DEFAULT_THRESHOLD,
    ...(comment !== null ? { commentThreshold: comment } : {}),
    languages: chosenLanguages(v, instrument),
    audience: choosesAudience(instrument)
      ? { unitIds: v.audienceScope === 'units' ? [...v['audience.unitIds']] : [], payBands: [...v['audience.payBands']], staffGroups: [...v['audience.staffGroups']] }
      : { unitIds: [], payBands: [], staffGroups: [] },
    modes: { invitations: modes.includes('invitations'), openLink: modes.includes('openLink'), paper: modes.includes('paper') },
  };
}
