// Tests the order of the respondent's pages, where Continue and Back lead (also when changing an
// answer from "Check your answers"), and which page fixes a problem with a given answer.
import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../../../../core/instruments/definition.js';
import { fieldTarget, journeyPages, nextPage, pageAt, pagePath, previousPage, type RespondPage } from './journey.js';
import { sample } from './test-instrument.js';

const def = sample();
const paths = (pages: RespondPage[]) => pages.map(pagePath);

describe('journeyPages', () => {
  it('runs start, sections, about you, check for a personal link', () => {
    expect(paths(journeyPages(def, false))).toEqual(['', 'section/first', 'section/second', 'about-you', 'check']);
  });

  it('asks an open-link respondent for their team first', () => {
    expect(paths(journeyPages(def, true))).toEqual(['', 'team', 'section/first', 'section/second', 'about-you', 'check']);
  });

  it('leaves out "About you" when the instrument asks nothing about the person', () => {
    const noDemographics: InstrumentDefinition = { ...def, demographics: [] };
    expect(paths(journeyPages(noDemographics, false))).toEqual(['', 'section/first', 'section/second', 'check']);
  });
});

describe('moving through the pages', () => {
  const pages = journeyPages(def, true);
  const first: RespondPage = { kind: 'section', sectionId: 'first' };

  it('goes forward and back one page at a time', () => {
    expect(nextPage(pages, { kind: 'team' }, false)).toEqual(first);
    expect(nextPage(pages, first, false)).toEqual({ kind: 'section', sectionId: 'second' });
    expect(nextPage(pages, { kind: 'about-you' }, false)).toEqual({ kind: 'check' });
    expect(previousPage(pages, first, false)).toEqual({ kind: 'team' });
    expect(previousPage(pages, { kind: 'check' }, false)).toEqual({ kind: 'about-you' });
    expect(previousPage(pages, { kind: 'start' }, false)).toBeNull();
  });

  it('returns to "Check your answers" after changing an answer, both ways', () => {
    expect(nextPage(pages, first, true)).toEqual({ kind: 'check' });
    expect(previousPage(pages, first, true)).toEqual({ kind: 'check' });
    // From the check page itself, Back still goes to the page before it.
    expect(previousPage(pages, { kind: 'check' }, true)).toEqual({ kind: 'about-you' });
  });

  it('finds pages by path, with or without slashes, and nothing else', () => {
    expect(pageAt(pages, '/section/second/')).toEqual({ kind: 'section', sectionId: 'second' });
    expect(pageAt(pages, '')).toEqual({ kind: 'start' });
    expect(pageAt(pages, 'section/third')).toBeNull();
    expect(pageAt(journeyPages(def, false), 'team')).toBeNull();
  });
});

describe('fieldTarget', () => {
  it('sends each problem to the page and input that asks it', () => {
    expect(fieldTarget(def, 'row-two')).toEqual({ page: { kind: 'section', sectionId: 'first' }, field: 'q-row-two' });
    expect(fieldTarget(def, 'comments')).toEqual({ page: { kind: 'section', sectionId: 'second' }, field: 'q-comments' });
    expect(fieldTarget(def, 'site')).toEqual({ page: { kind: 'about-you' }, field: 'd-site' });
    expect(fieldTarget(def, 'unitId')).toEqual({ page: { kind: 'team' }, field: 'unitId' });
    expect(fieldTarget(def, 'language')).toEqual({ page: { kind: 'check' }, field: '' });
  });
});
