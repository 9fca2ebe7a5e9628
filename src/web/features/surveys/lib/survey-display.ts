// How a survey's settings read on screen: status tags, languages, ways of reaching people,
// the audience, and the open link as a full address.
import type { TagColour } from '../../../components/content.js';
import type { Audience } from '../../instruments/api/instruments-api.js';
import type { Language, SurveyAudience, SurveyModes, SurveyStatus } from '../api/survey-types.js';
import type { Mode } from './survey-form.js';

export const STATUS_TAGS: Record<SurveyStatus, { label: string; colour: TagColour }> = {
  draft: { label: 'Draft', colour: 'white' },
  open: { label: 'Open', colour: 'green' },
  closed: { label: 'Closed', colour: 'grey' },
};

export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Welsh (Cymraeg)' };

export const MODE_LABELS: Record<Mode, string> = {
  invitations: 'Personal invitations by email',
  openLink: 'An open link and a QR code poster',
  paper: 'Paper questionnaires, typed in afterwards',
};

export const AUDIENCE_GROUPS: readonly { audience: Audience; heading: string }[] = [
  { audience: 'staff', heading: 'For staff' },
  { audience: 'patients', heading: 'For patients, service users and carers' },
  { audience: 'raters', heading: '360-degree feedback' },
];

/** "English", "English and Welsh (Cymraeg)", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const languagesText = (languages: readonly Language[]) => listInWords(languages.map((l) => LANGUAGE_NAMES[l]));

export function modesText(modes: SurveyModes): string {
  const on = (Object.keys(MODE_LABELS) as Mode[]).filter((m) => modes[m]).map((m) => MODE_LABELS[m]);
  return on.length ? on.join('; ') : 'None chosen';
}

/** The audience in words, naming the chosen units (a unit no longer in the structure is counted, not named), then any bands and groups. */
export function audienceText(audience: SurveyAudience, unitNames: ReadonlyMap<string, string>): string {
  const narrowing = [
    ...(audience.payBands.length ? [`pay bands ${listInWords(audience.payBands)}`] : []),
    ...(audience.staffGroups.length ? [`staff groups ${listInWords(audience.staffGroups)}`] : []),
  ];
  const only = narrowing.length ? `; only ${narrowing.join(' and ')}` : '';
  if (audience.unitIds.length === 0) return `The whole organisation${only}`;
  const named = audience.unitIds.map((id) => unitNames.get(id)).filter((n): n is string => n !== undefined);
  const missing = audience.unitIds.length - named.length;
  const parts = [...named.sort((a, b) => a.localeCompare(b, 'en-GB')), ...(missing ? [`${missing} ${missing === 1 ? 'unit' : 'units'} since removed`] : [])];
  return `${listInWords(parts)}, with every unit inside ${audience.unitIds.length === 1 ? 'it' : 'them'}${only}`;
}

/** The open link as people will type it: the site's own address plus the survey's path. */
export function openLinkUrl(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}${path}`;
}

export const peopleCount = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'person' : 'people'}`;

/** The message after launching. */
export function launchedText(survey: { title: string; audienceSize: number | null; modes: SurveyModes }): string {
  const audience = survey.audienceSize === null ? '' : ` Its audience is ${peopleCount(survey.audienceSize)}.`;
  const invitations = survey.modes.invitations ? ' Invitations are ready for everyone with an email address.' : '';
  return `${survey.title} is open.${audience}${invitations}`;
}

/** The message after sending reminders: how many went, and why any did not. */
export function remindedText({ reminded, notSent }: { reminded: number; notSent: number }): string {
  if (reminded === 0 && notSent === 0) return 'No reminders were needed: everyone invited with an email address has already answered.';
  if (reminded === 0) return `No reminders were sent to the ${peopleCount(notSent)} who ${notSent === 1 ? 'has' : 'have'} not answered yet. Reminders need a working mail server.`;
  const sent = `Reminders went to ${peopleCount(reminded)} who had not answered yet.`;
  return notSent ? `${sent} ${notSent.toLocaleString('en-GB')} could not be sent; the mail server refused them.` : sent;
}
