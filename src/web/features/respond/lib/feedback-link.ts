// 360 feedback links (/respond/f/<token>): the API sends who the feedback is about and the
// rater's group; the respondent pages want a survey-like view, so this turns one into the other.
// The wording here is English only: the shared respondent strings have no feedback texts yet.
import type { RaterGroup } from '../../../../core/feedback/report.js';
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

export function feedbackTitle(subjectName: string, group: RaterGroup): string {
  return group === 'self' ? 'Rate your own leadership' : `Feedback for ${subjectName}`;
}

/** Who will see these answers, and how: differs for the person, their line manager and everyone else. */
export function feedbackPrivacy(subjectName: string, group: RaterGroup): string {
  switch (group) {
    case 'self':
      return 'Your ratings are shown next to other people’s in your report, so you can compare how you see yourself with how others see you.';
    case 'line_manager':
      return `As ${subjectName}’s line manager, your answers are shown on their own in their report, so they are not anonymous.`;
    default:
      return `${subjectName} sees answers only as an average for each group of people, and only when at least ${FEEDBACK_MIN_GROUP} people in the group have answered, so nobody can work out how one person answered.`;
  }
}

export function fromFeedbackView(raw: FeedbackLinkView): RespondentView {
  return {
    title: feedbackTitle(raw.subjectName, raw.group),
    closesOn: raw.closesOn,
    anonymityThreshold: FEEDBACK_MIN_GROUP,
    languages: raw.languages,
    instrument: raw.instrument,
    units: [],
    feedback: { subjectName: raw.subjectName, group: raw.group },
  };
}
