// A survey's settings as summary list rows, shared by the survey page and its confirm pages.
import type { SummaryRow } from '../../../components/SummaryList.js';
import { formatDateRange, formatDateTime } from '../../../lib/dates.js';
import type { SurveyView } from '../api/survey-types.js';
import { audienceText, languagesText, modesText, peopleCount } from '../lib/survey-display.js';
import { SurveyStatusTag } from './SurveyStatusTag.js';

/** The rows a confirm page needs: what is being launched or closed. */
export function keySurveyRows(survey: SurveyView, unitNames: ReadonlyMap<string, string>): SummaryRow[] {
  return [
    { key: 'Questionnaire', value: survey.instrumentTitle },
    { key: 'Dates', value: formatDateRange(survey.opensOn, survey.closesOn) },
    {
      key: 'Audience',
      value: (
        <>
          {audienceText(survey.audience, unitNames)}
          {survey.audienceSize !== null && (
            <>
              <br />
              {peopleCount(survey.audienceSize)} on the staff list at launch
            </>
          )}
        </>
      ),
    },
    { key: 'How people are reached', value: modesText(survey.modes) },
  ];
}

export function allSurveyRows(survey: SurveyView, unitNames: ReadonlyMap<string, string>): SummaryRow[] {
  return [
    { key: 'Status', value: <SurveyStatusTag status={survey.status} /> },
    ...keySurveyRows(survey, unitNames),
    { key: 'Anonymity threshold', value: `Results show only for groups of ${survey.anonymityThreshold} or more responses` },
    { key: 'Comment threshold', value: `Comments show only for groups of ${survey.commentThreshold} or more responses` },
    { key: 'Languages', value: languagesText(survey.languages) },
    ...(survey.launchedAt ? [{ key: 'Launched', value: formatDateTime(survey.launchedAt) }] : []),
    ...(survey.closedAt ? [{ key: 'Closed', value: formatDateTime(survey.closedAt) }] : []),
  ];
}
