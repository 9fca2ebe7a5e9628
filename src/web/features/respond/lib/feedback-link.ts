// 360 feedback links (/respond/f/<token>): the API sends who the feedback is about and the
// rater's group; the respondent pages want a survey-like view, so this turns one into the other.
import type { RaterGroup } from '../../../../core/feedback/report.js';
import { format, RESPONDENT_STRINGS, type RespondentStrings } from '../../../../core/i18n/respondent-strings.js';
import type { InstrumentDefinition, Language } from '../../../../core/instruments/definition.js';
import type { RespondentView } from '../api/respond-api.js';

export interface FeedbackLinkView {
  subjectName: string;
  closesOn: string;
  group: RaterGroup;
  languages: Language[];
  instrument: InstrumentDefinition;
}

/** Rater groups under three are hidden in the report. */
export const FEEDBACK_MIN_GROUP = 3;

export function feedbackTitle(strings: RespondentStrings, subjectName: string, group: RaterGroup): string {
  return group === 'self' ? strings.feedbackTitleSelf : format(strings.feedbackTitleFor, { name: subjectName });
}

/** The view with its title in the language being used (a feedback title is made here, not sent by the server). */
export function inLanguage(view: RespondentView, strings: RespondentStrings): RespondentView {
  return view.feedback ? { ...view, title: feedbackTitle(strings, view.feedback.subjectName, view.feedback.group) } : view;
}

/** Who will see these answers, and how: differs for the person, their line manager and everyone else. */
export function feedbackPrivacy(strings: RespondentStrings, subjectName: string, group: RaterGroup): string {
  if (group === 'self') return strings.feedbackPrivacySelf;
  if (group === 'line_manager') return format(strings.feedbackPrivacyManager, { name: subjectName });
  return format(strings.feedbackPrivacyOthers, { name: subjectName, min: FEEDBACK_MIN_GROUP });
}

export function fromFeedbackView(raw: FeedbackLinkView): RespondentView {
  return {
    title: feedbackTitle(RESPONDENT_STRINGS.en, raw.subjectName, raw.group),
    closesOn: raw.closesOn,
    anonymityThreshold: FEEDBACK_MIN_GROUP,
    languages: raw.languages,
    instrument: raw.instrument,
    units: [],
    feedback: { subjectName: raw.subjectName, group: raw.group },
  };
}
