// The pages a respondent goes through, in order: start, (open links) choose a team, one page per
// section, (if asked) about you, then check your answers. Paths are relative to the survey link.
import type { InstrumentDefinition } from '../../../../core/instruments/definition.js';
import { questionsOf } from '../../../../core/instruments/questions.js';
import { demographicField, questionField } from './answer-encoding.js';

export type RespondPage =
  | { kind: 'start' }
  | { kind: 'team' }
  | { kind: 'section'; sectionId: string }
  | { kind: 'about-you' }
  | { kind: 'check' };

/** Pages off the main path: saving for later, and the confirmation. */
export type RespondPlace = RespondPage | { kind: 'save' } | { kind: 'saved' } | { kind: 'removed' } | { kind: 'sent' };

export function journeyPages(def: InstrumentDefinition, chooseUnit: boolean): RespondPage[] {
  return [
    { kind: 'start' },
    ...(chooseUnit ? [{ kind: 'team' } as const] : []),
    ...def.sections.map((s) => ({ kind: 'section', sectionId: s.id }) as const),
    ...(def.demographics.length ? [{ kind: 'about-you' } as const] : []),
    { kind: 'check' },
  ];
}

export function pagePath(page: RespondPlace): string {
  switch (page.kind) {
    case 'start':
      return '';
    case 'section':
      return `section/${encodeURIComponent(page.sectionId)}`;
    default:
      return page.kind;
  }
}

/** The page at a relative path, or null when the journey has no such page. */
export function pageAt(pages: readonly RespondPage[], path: string): RespondPage | null {
  const wanted = path.replace(/^\/+|\/+$/g, '');
  return pages.find((p) => pagePath(p) === wanted) ?? null;
}

function indexOf(pages: readonly RespondPage[], page: RespondPage): number {
  return pages.findIndex((p) => pagePath(p) === pagePath(page));
}

const CHECK: RespondPage = { kind: 'check' };

/** Where Continue leads. Someone who came from "Check your answers" to change one goes back there. */
export function nextPage(pages: readonly RespondPage[], current: RespondPage, changing: boolean): RespondPage {
  if (changing) return CHECK;
  return pages[indexOf(pages, current) + 1] ?? CHECK;
}

/** Where the Back link leads; null on the start page. */
export function previousPage(pages: readonly RespondPage[], current: RespondPage, changing: boolean): RespondPage | null {
  if (changing && current.kind !== 'check') return CHECK;
  const i = indexOf(pages, current);
  return i > 0 ? (pages[i - 1] ?? null) : null;
}

/** The page that asks a question the server found a problem with ('unitId', a question or a demographic id). */
export function pageOfField(def: InstrumentDefinition, field: string): RespondPage {
  if (field === 'unitId') return { kind: 'team' };
  if (def.demographics.some((d) => d.id === field)) return { kind: 'about-you' };
  const question = questionsOf(def).find((q) => q.id === field);
  return question ? { kind: 'section', sectionId: question.sectionId } : CHECK;
}

/** Where to go to fix a problem with an answer: the page, and the id of its first input ('' for none). */
export function fieldTarget(def: InstrumentDefinition, field: string): { page: RespondPage; field: string } {
  const page = pageOfField(def, field);
  switch (page.kind) {
    case 'team':
      return { page, field: 'unitId' };
    case 'about-you':
      return { page, field: demographicField(field) };
    case 'section':
      return { page, field: questionField(field) };
    default:
      return { page, field: '' };
  }
}
