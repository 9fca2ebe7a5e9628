import { describe, expect, it } from 'vitest';
import { checkAgreedDate, settingsBody, settingsValues, validateSettings } from './settings-form.js';

const view = { eventDate: '2026-11-20', quoteThreshold: 10, version: 4 };

describe('the settings form', () => {
  it('starts from the saved date and threshold', () => {
    expect(settingsValues(view)).toEqual({ eventDate: '2026-11-20', quoteThreshold: '10' });
    expect(settingsValues({ eventDate: null, quoteThreshold: 12 })).toEqual({ eventDate: '', quoteThreshold: '12' });
  });
  it('checks the threshold is a whole number from 5 to 100', () => {
    expect(validateSettings({ eventDate: '', quoteThreshold: '10' })).toEqual([]);
    expect(validateSettings({ eventDate: '', quoteThreshold: '4' })).toEqual([{ field: 'quoteThreshold', message: 'The quote threshold must be 5 or more' }]);
    expect(validateSettings({ eventDate: '', quoteThreshold: '101' })).toEqual([{ field: 'quoteThreshold', message: 'The quote threshold must be 100 or fewer' }]);
    expect(validateSettings({ eventDate: '', quoteThreshold: '7.5' })).toEqual([{ field: 'quoteThreshold', message: 'The quote threshold must be a whole number, like 10' }]);
    expect(validateSettings({ eventDate: '', quoteThreshold: ' ' })).toEqual([{ field: 'quoteThreshold', message: 'Enter the quote threshold' }]);
  });
  it('checks the event date is a real date, when one is given', () => {
    expect(validateSettings({ eventDate: '2026-2-30', quoteThreshold: '10' })).toEqual([{ field: 'eventDate', message: 'Date of the synthesis event must be a real date' }]);
  });
  it('sends only what changed, with the version it read', () => {
    expect(settingsBody(view, { eventDate: '2026-11-20', quoteThreshold: '15' })).toEqual({ version: 4, quoteThreshold: 15 });
    expect(settingsBody(view, { eventDate: '2026-12-3', quoteThreshold: '10' })).toEqual({ version: 4, eventDate: '2026-12-03' });
    expect(settingsBody(view, { eventDate: '', quoteThreshold: '10' })).toEqual({ version: 4, eventDate: null });
  });
  it('needs the date the synthesis was agreed', () => {
    expect(checkAgreedDate('')).toEqual({ iso: null, problems: [{ field: 'agreedEventDate', message: 'Enter the date of the synthesis event' }] });
    expect(checkAgreedDate('2026-11-20')).toEqual({ iso: '2026-11-20', problems: [] });
  });
});
