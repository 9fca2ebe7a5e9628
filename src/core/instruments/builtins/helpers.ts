// Small builders that keep the built-in instruments readable: every text is written once in
// English and once in Welsh, side by side.
import type { Framework, LocalisedText, Perspective } from '../definition.js';

/** A text with both languages present, so built-ins can combine texts without losing the Welsh. */
export type Bilingual = Required<LocalisedText>;

export function t(en: string, cy: string): Bilingual {
  return { en, cy };
}

export interface RowInput {
  id: string;
  text: LocalisedText;
  reverse?: boolean;
}

export function row(id: string, en: string, cy: string, options: { reverse?: boolean } = {}): RowInput {
  return { id, text: t(en, cy), ...(options.reverse ? { reverse: true } : {}) };
}

export interface ConstructInput {
  id: string;
  name: LocalisedText;
  framework: Framework;
  frameworkKey: string;
  perspective?: Perspective;
  items: string[];
}

export function construct(
  id: string,
  name: LocalisedText,
  framework: Framework,
  frameworkKey: string,
  items: string[],
  perspective?: Perspective,
): ConstructInput {
  return { id, name, framework, frameworkKey, items, ...(perspective ? { perspective } : {}) };
}

/** The ids of a grid's rows, for a construct that scores the whole grid. */
export function rowIds(rows: readonly RowInput[]): string[] {
  return rows.map((r) => r.id);
}
