import { describe, expect, it } from 'vitest';
import { RESPONDENT_STRINGS } from '../../../../core/i18n/respondent-strings.js';
import { feedbackPrivacy, feedbackTitle, fromFeedbackView } from './feedback-link.js';
import { sample } from './test-instrument.js';

describe('feedback links', () => {
  it('titles the form for the person and for their raters', () => {
    expect(feedbackTitle(RESPONDENT_STRINGS.en, 'Sam Jones', 'self')).toBe('Rate your own leadership');
    expect(feedbackTitle(RESPONDENT_STRINGS.en, 'Sam Jones', 'peer')).toBe('Feedback for Sam Jones');
    expect(feedbackTitle(RESPONDENT_STRINGS.cy, 'Sam Jones', 'peer')).toBe('Adborth ar gyfer Sam Jones');
  });
  it('tells a line manager that their answers are not anonymous, and others that groups under three are hidden', () => {
    expect(feedbackPrivacy(RESPONDENT_STRINGS.en, 'Sam Jones', 'line_manager')).toBe('As Sam Jones’s line manager, your answers are shown on their own in their report, so they are not anonymous.');
    expect(feedbackPrivacy(RESPONDENT_STRINGS.en, 'Sam Jones', 'peer')).toContain('at least 3 people');
    expect(feedbackPrivacy(RESPONDENT_STRINGS.cy, 'Sam Jones', 'peer')).toContain('o leiaf 3 o bobl');
  });
  it('turns the API’s answer into a respondent view', () => {
    const view = fromFeedbackView({ subjectName: 'Sam Jones', closesOn: '2030-01-01', group: 'peer', languages: ['en'], instrument: sample() });
    expect(view).toMatchObject({ title: 'Feedback for Sam Jones', closesOn: '2030-01-01', units: [], feedback: { subjectName: 'Sam Jones', group: 'peer' } });
  });
});

describe('feedback link refusals', () => {
  it('treats a used feedback link like a used invitation', async () => {
    const { refusalFor } = await import('./refusal.js');
    const { toApiError } = await import('../../../api/problem.js');
    expect(refusalFor(toApiError(409, { code: 'already_submitted', status: 409, detail: 'x' }), 'feedback')).toBe('used');
    expect(refusalFor(toApiError(410, { code: 'feedback_unavailable', status: 410, detail: 'x' }), 'feedback')).toBe('unknown');
  });
});
