import { describe, expect, it } from 'vitest';
import { elementPath, problemLinks } from './paths.js';

const KEYS = ['vision_values', 'goals_performance', 'support_compassion', 'learning_innovation', 'teamwork', 'equity_inclusion'];

describe('problemLinks', () => {
  it('links each element the agreement is missing to its overall rating', () => {
    const errors = [
      { path: 'elements.vision_values.overall', message: 'Give Vision and values an overall rating' },
      { path: 'elements.equity_inclusion.overall', message: 'Give Equity and inclusion an overall rating' },
    ];
    expect(problemLinks(errors, 'org-1', KEYS)).toEqual([
      { message: 'Give Vision and values an overall rating', to: '/organisations/org-1/synthesis/vision_values#overall' },
      { message: 'Give Equity and inclusion an overall rating', to: '/organisations/org-1/synthesis/equity_inclusion#overall' },
    ]);
  });
  it('links a problem with one source to that source’s section', () => {
    expect(problemLinks([{ path: 'elements.teamwork.focus_groups', message: 'Rate the focus groups' }], 'org-1', KEYS)).toEqual([{ message: 'Rate the focus groups', to: '/organisations/org-1/synthesis/teamwork#focus_groups' }]);
  });
  it('leaves a problem unlinked when it names no element this page knows', () => {
    expect(problemLinks([{ path: 'elements.morale.overall', message: 'Give Morale an overall rating' }, { path: 'eventDate', message: 'Enter a real date' }], 'org-1', KEYS)).toEqual([
      { message: 'Give Morale an overall rating', to: null },
      { message: 'Enter a real date', to: null },
    ]);
  });
});

describe('elementPath', () => {
  it('builds the element page’s address, with a section when given', () => {
    expect(elementPath('org-1', 'teamwork')).toBe('/organisations/org-1/synthesis/teamwork');
    expect(elementPath('org-1', 'teamwork', 'overall')).toBe('/organisations/org-1/synthesis/teamwork#overall');
  });
});
