// Where things live in the web app, and where the API's problems point: a refused agreement names
// each element still without an overall rating as "elements.<key>.overall", which becomes a link
// to that element's overall rating.
import type { FieldProblem } from '../../../api/problem.js';

export const synthesisPath = (orgId: string, rest = '') => `/organisations/${orgId}/synthesis${rest}`;
export const elementPath = (orgId: string, element: string, hash = '') => synthesisPath(orgId, `/${encodeURIComponent(element)}${hash ? `#${hash}` : ''}`);

/** The id of the overall rating's section on an element's page, which the links jump to. */
export const OVERALL_ANCHOR = 'overall';

export interface ProblemLink {
  message: string;
  /** A route in the app, or null when the problem names no element. */
  to: string | null;
}

const ELEMENT_PATH = /^elements\.([^.]+)(?:\.(.+))?$/;

/** Each problem as a message with a link to the element (and its overall rating) it names. */
export function problemLinks(errors: readonly FieldProblem[], orgId: string, elementKeys: readonly string[]): ProblemLink[] {
  return errors.map((e) => {
    const match = ELEMENT_PATH.exec(e.path);
    const key = match?.[1];
    if (!key || !elementKeys.includes(key)) return { message: e.message, to: null };
    // The element page gives each source's section, and the overall rating's, its key as its id.
    return { message: e.message, to: elementPath(orgId, key, match[2] ?? '') };
  });
}
