import { describe, expect, it } from 'vitest';
import { audienceText, languagesText, launchedText, listInWords, modesText, openLinkUrl, remindedText } from './survey-display.js';

describe('listInWords', () => {
  it('joins with commas and a final "and"', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B'])).toBe('A and B');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('settings in words', () => {
  it('names the languages and ways of reaching people', () => {
    expect(languagesText(['en', 'cy'])).toBe('English and Welsh (Cymraeg)');
    expect(modesText({ invitations: true, openLink: false, paper: true })).toBe('Personal invitations by email; Paper questionnaires, typed in afterwards');
  });

  it('describes the audience by unit name, counting units that have gone', () => {
    const names = new Map([
      ['s', 'Surgery'],
      ['m', 'Medicine'],
    ]);
    expect(audienceText({ unitIds: [], payBands: [], staffGroups: [] }, names)).toBe('The whole organisation');
    expect(audienceText({ unitIds: [], payBands: ['Band 7', 'Band 8a'], staffGroups: ['Nursing'] }, names)).toBe('The whole organisation; only pay bands Band 7 and Band 8a and staff groups Nursing');
    expect(audienceText({ unitIds: ['s'], payBands: ['Band 7'], staffGroups: [] }, names)).toBe('Surgery, with every unit inside it; only pay bands Band 7');
    expect(audienceText({ unitIds: ['s'], payBands: [], staffGroups: [] }, names)).toBe('Surgery, with every unit inside it');
    expect(audienceText({ unitIds: ['s', 'm', 'gone'], payBands: [], staffGroups: [] }, names)).toBe('Medicine, Surgery and 1 unit since removed, with every unit inside them');
  });
});

describe('openLinkUrl', () => {
  it('joins the site address and the path without doubling the slash', () => {
    expect(openLinkUrl('https://cultivate.example.nhs.uk/', '/respond/open/abc')).toBe('https://cultivate.example.nhs.uk/respond/open/abc');
    expect(openLinkUrl('http://127.0.0.1:3000', '/respond/open/abc')).toBe('http://127.0.0.1:3000/respond/open/abc');
  });
});

describe('messages after a step', () => {
  const modes = { invitations: true, openLink: false, paper: false };
  it('says who a launched survey reaches', () => {
    expect(launchedText({ title: 'Team check', audienceSize: 1234, modes })).toBe('Team check is open. Its audience is 1,234 people. Invitations are ready for everyone with an email address.');
    expect(launchedText({ title: 'Team check', audienceSize: 12, modes: { ...modes, invitations: false, openLink: true } })).toBe('Team check is open. Its audience is 12 people.');
    expect(launchedText({ title: 'Patient views', audienceSize: null, modes: { ...modes, invitations: false, openLink: true } })).toBe('Patient views is open.');
  });
  it('counts reminders without naming anyone, and says why none went', () => {
    expect(remindedText({ reminded: 1, notSent: 0 })).toBe('Reminders went to 1 person who had not answered yet.');
    expect(remindedText({ reminded: 40, notSent: 2 })).toBe('Reminders went to 40 people who had not answered yet. 2 could not be sent; the mail server refused them.');
    expect(remindedText({ reminded: 0, notSent: 717 })).toBe('No reminders were sent to the 717 people who have not answered yet. Reminders need a working mail server.');
    expect(remindedText({ reminded: 0, notSent: 0 })).toBe('No reminders were needed: everyone invited with an email address has already answered.');
  });
});
