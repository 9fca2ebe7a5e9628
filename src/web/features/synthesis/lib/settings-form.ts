// The synthesis event's settings form (the event's date and the quote threshold) and the agree
// form's date: values from the synthesis, checks in NHS.UK wording, and the body to send.
import { checkDate } from '../../../components/forms/date-checks.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';
import { joinDateParts, splitDateValue } from '../../../lib/dates.js';
import type { SettingsBody, SynthesisView } from '../api/synthesis-api.js';

/** The server's limits (synthesis.schemas.ts): never below 5, the smallest group commercial tools report. */
export const QUOTE_THRESHOLD_MIN = 5;
export const QUOTE_THRESHOLD_MAX = 100;

export interface SettingsValues {
  [field: string]: string;
  eventDate: string;
  quoteThreshold: string;
}

export function settingsValues(view: Pick<SynthesisView, 'eventDate' | 'quoteThreshold'>): SettingsValues {
  return { eventDate: joinDateParts(splitDateValue(view.eventDate)), quoteThreshold: String(view.quoteThreshold) };
}

function thresholdProblem(value: string): FormProblem | null {
  const text = value.trim();
  if (!text) return { field: 'quoteThreshold', message: 'Enter the quote threshold' };
  if (!/^\d+$/.test(text)) return { field: 'quoteThreshold', message: 'The quote threshold must be a whole number, like 10' };
  const n = Number(text);
  if (n < QUOTE_THRESHOLD_MIN) return { field: 'quoteThreshold', message: `The quote threshold must be ${QUOTE_THRESHOLD_MIN} or more` };
  if (n > QUOTE_THRESHOLD_MAX) return { field: 'quoteThreshold', message: `The quote threshold must be ${QUOTE_THRESHOLD_MAX} or fewer` };
  return null;
}

export function validateSettings(values: SettingsValues): FormProblem[] {
  const date = checkDate(values.eventDate, 'eventDate', 'date of the synthesis event', false);
  return [date.problem, thresholdProblem(values.quoteThreshold)].filter((p): p is FormProblem => p !== null);
}

/** Only what changed, with the version the form started from. */
export function settingsBody(view: Pick<SynthesisView, 'eventDate' | 'quoteThreshold' | 'version'>, values: SettingsValues): SettingsBody {
  const body: SettingsBody = { version: view.version };
  const eventDate = checkDate(values.eventDate, 'eventDate', 'date of the synthesis event', false).iso;
  if (eventDate !== view.eventDate) body.eventDate = eventDate;
  const threshold = Number(values.quoteThreshold.trim());
  if (threshold !== view.quoteThreshold) body.quoteThreshold = threshold;
  return body;
}

/** The agree form's date must be given: it is the day the synthesis was agreed. */
export function checkAgreedDate(value: string): { iso: string | null; problems: FormProblem[] } {
  const date = checkDate(value, 'agreedEventDate', 'date of the synthesis event', true);
  return { iso: date.iso, problems: date.problem ? [date.problem] : [] };
}
